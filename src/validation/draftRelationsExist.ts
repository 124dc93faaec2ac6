import { type CollectionBeforeChangeHook, type FlattenedField, ValidationError } from 'payload'

type RelationError = { label: string; path: string; message: string }

const labelOf = (field: FlattenedField): string =>
  typeof field.label === 'string'
    ? field.label
    : field.name.charAt(0).toUpperCase() + field.name.slice(1)

const idsOf = (value: unknown): Array<number | string> => {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return list
    .map((item) =>
      item && typeof item === 'object'
        ? ((item as { id?: unknown; value?: unknown }).id ?? (item as { value?: unknown }).value)
        : item,
    )
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
}

/**
 * Drafts skip field validation, so a draft naming a document that does not exist would reach
 * the database and fail there. Check those ids up front and answer with the field's name.
 */
export const draftRelationsExist: CollectionBeforeChangeHook = async ({
  collection,
  data,
  req,
}) => {
  if (data?._status !== 'draft') return data
  const errors: RelationError[] = []
  const visit = async (
    fields: FlattenedField[],
    values: Record<string, unknown> | undefined,
    prefix: string,
  ) => {
    for (const field of fields) {
      if (!values || !(field.name in values)) continue
      const path = `${prefix}${field.name}`
      if (field.type === 'group') {
        await visit(
          field.flattenedFields,
          values[field.name] as Record<string, unknown>,
          `${path}.`,
        )
      } else if (
        (field.type === 'relationship' || field.type === 'upload') &&
        typeof field.relationTo === 'string'
      ) {
        const ids = [...new Set(idsOf(values[field.name]))]
        if (!ids.length) continue
        const { totalDocs } = await req.payload.count({
          collection: field.relationTo,
          where: { id: { in: ids } },
          overrideAccess: true,
          req,
        })
        if (totalDocs !== ids.length) {
          errors.push({
            label: labelOf(field),
            path,
            message: `This field refers to a ${field.relationTo} item that does not exist.`,
          })
        }
      }
    }
  }
  await visit(collection.flattenedFields, data, '')
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
