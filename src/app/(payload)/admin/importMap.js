import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { SlashAfterWordClient as SlashAfterWordClient_6ac70cd9ddf79428b8a567ddcc1c824e } from '../../../../src/components/admin/SlashAfterWord'
import { FlushEditorOnLeaveClient as FlushEditorOnLeaveClient_81a294a1027cfed20c776d4a13e7c3a9 } from '../../../../src/components/admin/FlushEditorOnLeave'
import { CiteDrawerCloseClient as CiteDrawerCloseClient_5a1fd5658ae2ccb710196b15a860aded } from '../../../../src/components/admin/CiteDrawerClose'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CitePaste as CitePaste_a0461f8ba246f2f03a3bacdb4dc5b7ab } from '../../../../src/components/admin/CitePaste'
import { CiteLabel as CiteLabel_a1144c7af7418596681105fd9f3a80fa } from '../../../../src/components/admin/CiteLabel'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ContentDiff as ContentDiff_947e9d967e51bb9918fdc6e759063ef3 } from '../../../../src/components/admin/ContentDiff'
import { MetaSuggestionField as MetaSuggestionField_191906913fcfa516cc10f5d1eb868709 } from '../../../../src/components/admin/MetaSuggestion'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { PublishStatusCell as PublishStatusCell_fb96e521d6a31db28799deb6b1733c2a } from '../../../../src/components/admin/PublishStatus'
import { ExportListMenuItem as ExportListMenuItem_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { PublishButton as PublishButton_425a9b7042919df4f916206531a14d00 } from '../../../../src/components/admin/PublishStatus/PublishButton'
import { PublishStatus as PublishStatus_fb96e521d6a31db28799deb6b1733c2a } from '../../../../src/components/admin/PublishStatus'
import { VersionsList as VersionsList_a058b7848b979d9657cc3161b22458b4 } from '../../../../src/components/admin/VersionsList'
import { AuthorRowLabel as AuthorRowLabel_21ca20abf9506a2ba85ddaba86a5d6e1 } from '../../../../src/components/admin/AuthorRowLabel'
import { AddCitationFrom as AddCitationFrom_5080359ab3e8bda8dfa6794d8b4fa4d9 } from '../../../../src/components/admin/AddCitationFrom'
import { ReviewStatusCell as ReviewStatusCell_34a5994ee0c1edf02c0f15203e4928fb } from '../../../../src/components/admin/ReviewStatusCell'
import { ReviewFeaturedCell as ReviewFeaturedCell_6006dde6afefe2dfc2cfc213ca3d5c59 } from '../../../../src/components/admin/ReviewListCells'
import { ReviewBodyCell as ReviewBodyCell_6006dde6afefe2dfc2cfc213ca3d5c59 } from '../../../../src/components/admin/ReviewListCells'
import { ReviewModeration as ReviewModeration_8193f6ee4f207ab61d6b02948ba4d767 } from '../../../../src/components/admin/ReviewModeration'
import { ImportReviews as ImportReviews_613dd50922fcdde92a4c81981a2c0633 } from '../../../../src/components/admin/ImportReviews'
import { ReindexSearch as ReindexSearch_36e0df21fd6af823f30fff0710ca0684 } from '../../../../src/components/admin/ReindexSearch'
import { RedirectTargetCell as RedirectTargetCell_d8e7726e07730eb70b100b5b3dc07bc6 } from '../../../../src/components/admin/RedirectTargetCell'
import { WordPressImportPanel as WordPressImportPanel_5b3365ef2d4aa7fa16e6908000ed8e89 } from '../../../../src/components/admin/WordPressImport'
import { SubmissionMessage as SubmissionMessage_70af3c84e1f9ee4d666469f6b3d45b9c } from '../../../../src/components/admin/SubmissionMessage'
import { SubmissionReadCell as SubmissionReadCell_0cd27f129328fa55331e323c79ef62b6 } from '../../../../src/components/admin/SubmissionReadCell'
import { ResendSubmissionEmail as ResendSubmissionEmail_160aacfe31264f363eb4509083bbbd89 } from '../../../../src/components/admin/ResendSubmissionEmail'
import { ExportSubmissions as ExportSubmissions_f22ac7d6adc51490d05fd0b7f5655bd9 } from '../../../../src/components/admin/ExportSubmissions'
import { FormatField as FormatField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { LimitField as LimitField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { Page as Page_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { SortBy as SortBy_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { SortOrder as SortOrder_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { SelectionToUseField as SelectionToUseField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { FieldsToExport as FieldsToExport_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { CollectionField as CollectionField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { ExportPreview as ExportPreview_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { ExportSaveButton as ExportSaveButton_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { DeskDashboard as DeskDashboard_c1776f2c81f8f1c0efeeb439a4e1baa1 } from '../../../../src/components/admin/DeskDashboard'
import { ImportExportProvider as ImportExportProvider_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/src/components/admin/SlashAfterWord#SlashAfterWordClient": SlashAfterWordClient_6ac70cd9ddf79428b8a567ddcc1c824e,
  "/src/components/admin/FlushEditorOnLeave#FlushEditorOnLeaveClient": FlushEditorOnLeaveClient_81a294a1027cfed20c776d4a13e7c3a9,
  "/src/components/admin/CiteDrawerClose#CiteDrawerCloseClient": CiteDrawerCloseClient_5a1fd5658ae2ccb710196b15a860aded,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/CitePaste#CitePaste": CitePaste_a0461f8ba246f2f03a3bacdb4dc5b7ab,
  "/src/components/admin/CiteLabel#CiteLabel": CiteLabel_a1144c7af7418596681105fd9f3a80fa,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/ContentDiff#ContentDiff": ContentDiff_947e9d967e51bb9918fdc6e759063ef3,
  "/src/components/admin/MetaSuggestion#MetaSuggestionField": MetaSuggestionField_191906913fcfa516cc10f5d1eb868709,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "/src/components/admin/PublishStatus#PublishStatusCell": PublishStatusCell_fb96e521d6a31db28799deb6b1733c2a,
  "@payloadcms/plugin-import-export/rsc#ExportListMenuItem": ExportListMenuItem_cdf7e044479f899a31f804427d568b36,
  "/src/components/admin/PublishStatus/PublishButton#PublishButton": PublishButton_425a9b7042919df4f916206531a14d00,
  "/src/components/admin/PublishStatus#PublishStatus": PublishStatus_fb96e521d6a31db28799deb6b1733c2a,
  "/src/components/admin/VersionsList#VersionsList": VersionsList_a058b7848b979d9657cc3161b22458b4,
  "/src/components/admin/AuthorRowLabel#AuthorRowLabel": AuthorRowLabel_21ca20abf9506a2ba85ddaba86a5d6e1,
  "/src/components/admin/AddCitationFrom#AddCitationFrom": AddCitationFrom_5080359ab3e8bda8dfa6794d8b4fa4d9,
  "/src/components/admin/ReviewStatusCell#ReviewStatusCell": ReviewStatusCell_34a5994ee0c1edf02c0f15203e4928fb,
  "/src/components/admin/ReviewListCells#ReviewFeaturedCell": ReviewFeaturedCell_6006dde6afefe2dfc2cfc213ca3d5c59,
  "/src/components/admin/ReviewListCells#ReviewBodyCell": ReviewBodyCell_6006dde6afefe2dfc2cfc213ca3d5c59,
  "/src/components/admin/ReviewModeration#ReviewModeration": ReviewModeration_8193f6ee4f207ab61d6b02948ba4d767,
  "/src/components/admin/ImportReviews#ImportReviews": ImportReviews_613dd50922fcdde92a4c81981a2c0633,
  "/src/components/admin/ReindexSearch#ReindexSearch": ReindexSearch_36e0df21fd6af823f30fff0710ca0684,
  "/src/components/admin/RedirectTargetCell#RedirectTargetCell": RedirectTargetCell_d8e7726e07730eb70b100b5b3dc07bc6,
  "/src/components/admin/WordPressImport#WordPressImportPanel": WordPressImportPanel_5b3365ef2d4aa7fa16e6908000ed8e89,
  "/src/components/admin/SubmissionMessage#SubmissionMessage": SubmissionMessage_70af3c84e1f9ee4d666469f6b3d45b9c,
  "/src/components/admin/SubmissionReadCell#SubmissionReadCell": SubmissionReadCell_0cd27f129328fa55331e323c79ef62b6,
  "/src/components/admin/ResendSubmissionEmail#ResendSubmissionEmail": ResendSubmissionEmail_160aacfe31264f363eb4509083bbbd89,
  "/src/components/admin/ExportSubmissions#ExportSubmissions": ExportSubmissions_f22ac7d6adc51490d05fd0b7f5655bd9,
  "@payloadcms/plugin-import-export/rsc#FormatField": FormatField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#LimitField": LimitField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#Page": Page_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#SortBy": SortBy_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#SortOrder": SortOrder_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#SelectionToUseField": SelectionToUseField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#FieldsToExport": FieldsToExport_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#CollectionField": CollectionField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#ExportPreview": ExportPreview_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#ExportSaveButton": ExportSaveButton_cdf7e044479f899a31f804427d568b36,
  "/src/components/admin/DeskDashboard#DeskDashboard": DeskDashboard_c1776f2c81f8f1c0efeeb439a4e1baa1,
  "@payloadcms/plugin-import-export/rsc#ImportExportProvider": ImportExportProvider_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
