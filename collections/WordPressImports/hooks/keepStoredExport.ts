import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * The dry run and the import read the file uploaded with the import; replacing it afterwards
 * would start an import nobody checked. A new export is a new import.
 */
export const keepStoredExport: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' && req.file)
    throw new APIError(
      'The export of an import cannot be replaced. Upload the new file as a new WordPress import.',
      400,
      null,
      true,
    )
  return args
}
