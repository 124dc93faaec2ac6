import type { CollectionConfig } from 'payload'

import { approvedOrStaff, isStaff } from '@/access'
import { checkHttpUrl, checkRating } from '@/validation'

import { validateWith } from './fields/validate'
import { existingOnly } from './fields/existingOnly'

export const REVIEW_SOURCES = ['facebook', 'google', 'website', 'other'] as const
export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const

export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: 'Review', plural: 'Reviews' },
  admin: {
    useAsTitle: 'reviewerName',
    defaultColumns: ['reviewerName', 'status', 'rating', 'source', 'reviewedAt', 'featured'],
    group: 'Clinic',
    description:
      'Patient reviews. New reviews wait as "Pending" until an editor approves them; only approved reviews are shown on the site.',
    listSearchableFields: ['reviewerName', 'body'],
  },
  defaultSort: '-reviewedAt',
  access: {
    read: approvedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
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
      admin: { position: 'sidebar', description: 'Only approved reviews appear on the site.' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Featured reviews are shown first.' },
    },
    {
      name: 'reviewerName',
      type: 'text',
      required: true,
      maxLength: 120,
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
          admin: {
            width: '50%',
            description: 'Stars from 1 to 5. Leave empty for a Facebook recommendation.',
            step: 1,
          },
          validate: (
            value: unknown,
            { siblingData }: { siblingData: Partial<{ recommends: unknown }> },
          ) => {
            const checked = checkRating(value)
            if (checked !== true) return checked
            const noRating = value === null || value === undefined
            const noRecommendation =
              siblingData?.recommends === null || siblingData?.recommends === undefined
            return noRating && noRecommendation
              ? 'Give a star rating or say whether the reviewer recommends the clinic.'
              : true
          },
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
      maxLength: 5000,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reviewedAt',
          label: 'Date of review',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
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
      validate: validateWith(checkHttpUrl),
    },
    {
      name: 'office',
      filterOptions: existingOnly,
      type: 'relationship',
      relationTo: 'offices',
      admin: { description: 'The office the reviewer visited, if known.' },
    },
  ],
}
