/** A journal reference as read from an import, shaped like the `citations` collection. */
export type CitationData = {
  /** In printed order. `given` holds initials without periods ("MDP"); '' for a group author. */
  authors: { family: string; given: string }[]
  /** The source listed only some of the authors ("et al"). */
  moreAuthors: boolean
  title: string
  journal?: string
  year?: number
  volume?: string
  issue?: string
  pages?: string
  pmid?: string
  pmcid?: string
  doi?: string
  url?: string
}

/** Input the editor can fix: becomes a 4xx response naming the field that was wrong. */
export class CitationInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly status = 400,
  ) {
    super(message)
    this.name = 'CitationInputError'
  }
}
