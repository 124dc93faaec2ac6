import type { CollectionConfig } from 'payload'

import { approvedOrStaff, isStaffField, staffWrites } from '@/access'
import {
  checkRatingOrRecommendation,
  checkReviewBody,
  checkReviewDate,
  checkReviewerName,
  REVIEW_BODY_MAX,
  REVIEWER_NAME_MAX,
} from '@/reviews/rules'
import { checkHttpUrl } from '@/validation'

import { existingOnly } from '../fields/existingOnly'
import { validateWith } from '../fields/validate'
import { importReviewsEndpoint } from './endpoints/importReviews'
import { reviewSummaryEndpoint } from './endpoints/reviewSummary'
import { stampModeration } from './hooks/stampModeration'
import { tidyReviewText } from './hooks/tidyReviewText'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'

// No Review or AggregateRating structured data is ever emitted for these: Google treats a
// business's reviews of itself, shown on its own site, as self-serving and ignores or penalises
// them. The widget is for patients, not for rich results.
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: 'Review', plural: 'Reviews' },
  admin: {
    useAsTitle: 'reviewerName',
    defaultColumns: [
      'reviewerName',
      'body',
      'status',
      'featured',
      'rating',
      'source',
      'reviewedAt',
    ],
    group: 'Clinic',
    description:
      'Patient reviews. New and imported reviews wait as "Pending" until an editor approves them; only approved reviews are shown on the site.',
    listSearchableFields: ['reviewerName', 'body'],
    components: {
      beforeListTable: [
        '/src/components/admin/ReviewModeration#ReviewModeration',
        '/src/components/admin/ImportReviews#ImportReviews',
      ],
    },
  },
  defaultSort: '-reviewedAt',
  access: staffWrites(approvedOrStaff),
  endpoints: [importReviewsEndpoint, reviewSummaryEndpoint],
  hooks: {
    beforeValidate: [tidyReviewText],
    beforeChange: [stampModeration],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Pending', value: 'pending' },
        { label: 'Approved', value: 'approved' },
        { label: 'Rejected', value: 'rejected' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Only approved reviews appear on the site.',
        components: { Cell: '/src/components/admin/ReviewStatusCell#ReviewStatusCell' },
      },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Featured reviews are shown first.',
        components: { Cell: '/src/components/admin/ReviewListCells#ReviewFeaturedCell' },
      },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Who last approved or rejected this review.',
      },
    },
    {
      name: 'moderatedAt',
      type: 'date',
      access: { read: isStaffField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'MMM d, yyyy h:mm a' },
      },
    },
    {
      name: 'reviewerName',
      type: 'text',
      required: true,
      maxLength: REVIEWER_NAME_MAX,
      validate: validateWith(checkReviewerName),
      admin: { description: 'As the reviewer signed it, e.g. "Linda M."' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rating',
          type: 'number',
          min: 1,
          max: 5,
          index: true,
          admin: {
            width: '50%',
            description: 'Stars from 1 to 5. Leave empty for a Facebook recommendation.',
            step: 1,
          },
          validate: (
            value: unknown,
            { siblingData }: { siblingData: Partial<{ recommends: unknown }> },
          ) => checkRatingOrRecommendation(value, siblingData?.recommends),
        },
        {
          name: 'recommends',
          label: 'Recommends the clinic',
          type: 'checkbox',
          admin: {
            width: '50%',
            description:
              'For Facebook-style recommendations without stars. Leave alone for star ratings.',
          },
        },
      ],
    },
    {
      name: 'body',
      label: 'Review text',
      type: 'textarea',
      required: true,
      maxLength: REVIEW_BODY_MAX,
      validate: validateWith(checkReviewBody),
      admin: { components: { Cell: '/src/components/admin/ReviewListCells#ReviewBodyCell' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reviewedAt',
          label: 'Date of review',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          validate: validateWith(checkReviewDate),
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'MMM d, yyyy' },
          },
        },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'website',
          options: [
            { label: 'Facebook', value: 'facebook' },
            { label: 'Google', value: 'google' },
            { label: 'Our website', value: 'website' },
            { label: 'Other', value: 'other' },
          ],
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'sourceUrl',
      label: 'Link to the original review',
      type: 'text',
      maxLength: 2000,
      index: true,
      validate: validateWith(checkHttpUrl),
    },
    {
      name: 'office',
      filterOptions: existingOnly,
      type: 'relationship',
      index: true,
      relationTo: 'offices',
      admin: { description: 'The office the reviewer visited, if known.' },
    },
  ],
}
