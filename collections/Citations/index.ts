import type { CollectionConfig } from 'payload'

import { notTrashedOrStaff, staffWrites } from '@/access'
import { isStaffUser } from '@/access/roles'
import { checkDoi, checkHttpUrl, checkPmcid, checkPmid, checkYear } from '@/validation'

import { validateWith } from '../fields/validate'
import { importCitationEndpoint } from './endpoints/importCitation'
import { computeFormatted } from './hooks/computeFormatted'
import { computeKeys } from './hooks/computeKeys'
import { refuseDeleteWhenCited, refuseTrashWhenCited } from './hooks/refuseRemovalWhenCited'
import { refuseDuplicates } from './hooks/refuseDuplicates'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'

export const Citations: CollectionConfig = {
  slug: 'citations',
  labels: { singular: 'Citation', plural: 'Citations' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'journal', 'year', 'doi', 'pmid'],
    group: 'Content',
    description:
      'Journal papers cited in articles. Cite a paper once here and reuse it anywhere; the reference text is formatted automatically (AMA style).',
    listSearchableFields: ['title', 'journal', 'doi', 'pmid'],
    components: {
      beforeListTable: ['/src/components/admin/AddCitationFrom#AddCitationFrom'],
    },
  },
  defaultSort: '-year',
  // Delete moves to a trash staff can restore from; visitors never see trashed documents.
  trash: true,
  access: staffWrites(notTrashedOrStaff),
  hooks: {
    beforeChange: [refuseTrashWhenCited, computeFormatted, computeKeys, refuseDuplicates],
    beforeDelete: [refuseDeleteWhenCited],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  endpoints: [importCitationEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 1000,
      admin: { description: 'The title of the paper, exactly as published.' },
    },
    {
      name: 'authors',
      type: 'array',
      labels: { singular: 'Author', plural: 'Authors' },
      admin: {
        description:
          'In the order printed on the paper. Family name, then initials without periods.',
        initCollapsed: true,
        components: { RowLabel: '/src/components/admin/AuthorRowLabel#AuthorRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'family',
              label: 'Family name',
              type: 'text',
              required: true,
              maxLength: 200,
              admin: { width: '60%', description: 'e.g. "del Caz", or a group name.' },
            },
            {
              name: 'given',
              label: 'Initials',
              type: 'text',
              maxLength: 20,
              admin: { width: '40%', description: 'e.g. "MD". Empty for a group author.' },
            },
          ],
        },
      ],
    },
    {
      name: 'moreAuthors',
      label: 'The source lists only some of the authors',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick when the list above is incomplete; "et al." is added.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'journal',
          type: 'text',
          maxLength: 300,
          admin: { width: '50%', description: 'NLM abbreviation, e.g. "Aging (Albany NY)".' },
        },
        {
          name: 'year',
          type: 'number',
          validate: validateWith(checkYear),
          admin: { width: '16%' },
        },
        { name: 'volume', type: 'text', maxLength: 40, admin: { width: '12%' } },
        { name: 'issue', type: 'text', maxLength: 40, admin: { width: '10%' } },
        {
          name: 'pages',
          type: 'text',
          maxLength: 60,
          admin: { width: '12%', description: 'e.g. 1703-1717' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Identifiers and links',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'pmid',
              label: 'PubMed ID (PMID)',
              type: 'text',
              index: true,
              validate: validateWith(checkPmid),
              admin: { width: '33%' },
            },
            {
              name: 'pmcid',
              label: 'PubMed Central ID',
              type: 'text',
              validate: validateWith(checkPmcid),
              admin: { width: '33%' },
            },
            {
              name: 'doi',
              label: 'DOI',
              type: 'text',
              index: true,
              validate: validateWith(checkDoi),
              admin: { width: '34%' },
            },
          ],
        },
        {
          name: 'url',
          label: 'Web address',
          type: 'text',
          validate: validateWith(checkHttpUrl),
          admin: { description: 'Only when the paper has no PubMed ID or DOI.' },
        },
      ],
    },
    {
      name: 'formatted',
      label: 'Reference as printed',
      type: 'textarea',
      admin: {
        readOnly: true,
        description: 'Generated from the fields above when you save.',
      },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'citedIn',
      label: 'Cited in',
      type: 'join',
      collection: 'articles',
      on: 'references',
      defaultSort: '-publishedAt',
      admin: {
        allowCreate: false,
        defaultColumns: ['title', '_status', 'publishedAt'],
        description:
          'Articles whose published text (or first draft) cites this paper. A citation cited by a published article cannot be deleted.',
      },
      // Only staff: it would otherwise reveal the titles of articles not yet published.
      access: { read: ({ req: { user } }) => isStaffUser(user) },
    },
    // Keys for finding the same paper again (imports, duplicate checks); never shown.
    ...(['doiKey', 'titleKey'] as const).map((name) => ({
      name,
      type: 'text' as const,
      index: true,
      admin: { hidden: true },
      access: { read: () => false, create: () => false, update: () => false },
    })),
  ],
}
