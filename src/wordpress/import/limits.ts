// Shared by the API's body limit and the admin's upload form, so both say the same thing. No Node
// code: the admin bundle imports it.

const MB = 1024 * 1024

/**
 * Largest export the admin takes. The upload is held in memory while Payload stores it; larger
 * exports are imported with the command, which reads the file as a stream.
 */
export const MAX_WORDPRESS_EXPORT_BYTES = 64 * MB

export const WORDPRESS_IMPORT_COMMAND = 'npm run import:wordpress -- export.xml'

const size = (bytes: number) => `${(bytes / MB).toFixed(bytes % MB ? 1 : 0)} MB`

/** "The file is 120 MB; the admin takes WordPress exports up to 64 MB. Import it on the server…" */
export const exportTooLarge = (bytes?: number): string =>
  `The file is ${bytes ? size(bytes) : 'too large'}; the admin takes WordPress exports up to ${size(MAX_WORDPRESS_EXPORT_BYTES)}. Import it on the server with: ${WORDPRESS_IMPORT_COMMAND}`
