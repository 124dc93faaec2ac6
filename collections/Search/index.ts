import type { CollectionConfig } from 'payload'

import { anyone, nobody } from '@/access'
import { SEARCHABLE_COLLECTIONS } from '@/search/entries'

import { reindexEndpoint } from './endpoints/reindex'

// The site search's index, in @payloadcms/plugin-search's shape (title, priority, doc) plus the
// text it matches and quotes. Entries are derived from published documents by hooks on those
// collections (src/search/sync.ts); nobody writes them by hand. Anyone may read them only
// because nothing unpublished is ever stored here.
export const Search: CollectionConfig = {
  slug: 'search',
  labels: { singular: 'Search entry', plural: 'Search index' },
  graphQL: { singularName: 'SearchResult', pluralName: 'SearchResults' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'doc', 'priority', 'date'],
    group: 'Settings',
    description:
      'What the site search looks through: one entry for each published article, page, topic and physician, updated automatically when they are saved. To change an entry, edit the document itself.',
    listSearchableFields: ['title', 'text'],
    components: {
      beforeListTable: ['/src/components/admin/ReindexSearch#ReindexSearch'],
    },
  },
  defaultSort: '-priority',
  access: {
    read: anyone,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [reindexEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'priority',
      type: 'number',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Among equally good matches, higher comes first.',
      },
    },
    {
      name: 'doc',
      type: 'relationship',
      relationTo: [...SEARCHABLE_COLLECTIONS],
      required: true,
      index: true,
      maxDepth: 0,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'slug',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true, description: 'The address of the result.' },
    },
    {
      name: 'date',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Published (articles, pages) or last changed (topics, physicians).',
      },
    },
    {
      name: 'text',
      type: 'textarea',
      admin: {
        readOnly: true,
        description: 'The plain text that is searched and quoted in results (besides the title).',
      },
    },
    {
      // Title and text lower-cased and without accents, for case- and accent-insensitive matching
      // on every database. Internal: hidden from the API and the admin.
      name: 'searchText',
      type: 'textarea',
      hidden: true,
    },
  ],
}
