import type { CollectionConfig } from 'payload'

import { notTrashedOrStaff, staffWrites } from '@/access'
import { checkLatitude, checkLongitude, checkPhone, checkTimeOfDay } from '@/validation'

import { metaDefaultsEndpoint } from '@/seo/metaDefaultsEndpoint'
import { metaField } from './fields/meta'
import { validateWith } from './fields/validate'
import { slug } from './fields/slug'
import { normalizeTimeField } from '@/validation/normalizeTimeField'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'

export const Offices: CollectionConfig = {
  slug: 'offices',
  labels: { singular: 'Office', plural: 'Offices' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'address.city', 'phone', 'acceptingNewPatients', 'order'],
    group: 'Clinic',
    description: 'Clinic locations. Every office is listed in the footer of every page.',
  },
  defaultSort: 'order',
  // Delete moves to a trash staff can restore from; visitors never see trashed documents.
  trash: true,
  access: staffWrites(notTrashedOrStaff),
  endpoints: [metaDefaultsEndpoint('offices')],
  hooks: {
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      index: true,
      admin: { description: 'e.g. "Chicagoland Office".' },
    },
    slug('name'),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Address and contact',
          fields: [
            {
              name: 'address',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'street',
                      type: 'text',
                      required: true,
                      maxLength: 200,
                      admin: { width: '60%' },
                    },
                    {
                      name: 'suite',
                      type: 'text',
                      maxLength: 60,
                      admin: { width: '40%', description: 'e.g. "Suite 600".' },
                    },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'city',
                      type: 'text',
                      required: true,
                      maxLength: 100,
                      admin: { width: '40%' },
                    },
                    {
                      name: 'state',
                      type: 'text',
                      required: true,
                      maxLength: 60,
                      admin: { width: '20%', description: 'e.g. IL' },
                    },
                    {
                      name: 'postalCode',
                      label: 'ZIP / postal code',
                      type: 'text',
                      required: true,
                      maxLength: 20,
                      admin: { width: '20%' },
                    },
                    {
                      name: 'country',
                      type: 'text',
                      required: true,
                      defaultValue: 'US',
                      maxLength: 60,
                      admin: { width: '20%' },
                    },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'phone',
                  type: 'text',
                  required: true,
                  maxLength: 40,
                  validate: validateWith(checkPhone),
                  admin: { width: '50%', description: 'e.g. (708) 393-8266' },
                },
                {
                  name: 'fax',
                  type: 'text',
                  maxLength: 40,
                  validate: validateWith(checkPhone),
                  admin: { width: '50%' },
                },
              ],
            },
            {
              name: 'email',
              type: 'email',
              admin: { description: 'Optional public address for this office.' },
            },
            {
              name: 'networkNote',
              label: 'Insurance network note',
              type: 'text',
              maxLength: 200,
              defaultValue: 'We are an out-of-network provider.',
              admin: {
                description: 'Shown with the address, e.g. "We are an out-of-network provider."',
              },
            },
          ],
        },
        {
          label: 'Hours',
          fields: [
            {
              name: 'hours',
              type: 'array',
              labels: { singular: 'Opening hours', plural: 'Opening hours' },
              admin: {
                // A bare number is an hour on the 24-hour clock, as "13" is: "5" is 05:00, not 5pm.
                description:
                  'One row per set of days with the same hours, e.g. "Monday–Thursday, 08:00–17:00". Type times as you like (8:30, 1pm, 1:30 PM, 17:00, noon); they are saved on the 24-hour clock. A number alone is an hour on that clock: 9 is 09:00, 5 is 05:00.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'days',
                      type: 'select',
                      hasMany: true,
                      required: true,
                      options: [
                        { label: 'Monday', value: 'Monday' },
                        { label: 'Tuesday', value: 'Tuesday' },
                        { label: 'Wednesday', value: 'Wednesday' },
                        { label: 'Thursday', value: 'Thursday' },
                        { label: 'Friday', value: 'Friday' },
                        { label: 'Saturday', value: 'Saturday' },
                        { label: 'Sunday', value: 'Sunday' },
                      ],
                      admin: { width: '50%' },
                    },
                    {
                      name: 'opens',
                      type: 'text',
                      required: true,
                      hooks: { beforeValidate: [normalizeTimeField] },
                      validate: validateWith(checkTimeOfDay),
                      admin: { width: '25%', description: 'e.g. 8:30, 1pm or 17:00' },
                    },
                    {
                      name: 'closes',
                      type: 'text',
                      required: true,
                      hooks: { beforeValidate: [normalizeTimeField] },
                      validate: validateWith(checkTimeOfDay),
                      admin: { width: '25%', description: 'e.g. 8:30, 1pm or 17:00' },
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Map and listing',
          fields: [
            {
              name: 'geo',
              label: 'Map position',
              type: 'group',
              admin: {
                description:
                  'Optional. Used for maps and search engines, which want at least 5 decimals (about a metre), e.g. 41.88822, -87.79453: copy them from the map service.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'lat',
                      label: 'Latitude',
                      type: 'number',
                      // The arrow keys move by a metre or so, not by a whole degree.
                      admin: { step: 0.00001 },
                      validate: validateWith(checkLatitude),
                    },
                    {
                      name: 'lng',
                      label: 'Longitude',
                      type: 'number',
                      admin: { step: 0.00001 },
                      validate: validateWith(checkLongitude),
                    },
                  ],
                },
              ],
            },
            {
              name: 'acceptingNewPatients',
              type: 'checkbox',
              defaultValue: true,
            },
            {
              name: 'order',
              type: 'number',
              index: true,
              defaultValue: 0,
              admin: { description: 'Lower numbers are listed first.' },
            },
          ],
        },
        { label: 'SEO', fields: [metaField] },
      ],
    },
  ],
}
