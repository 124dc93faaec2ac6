// citation-js ships no type declarations; these cover the parts this project uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string })
    data: Record<string, unknown>[]
    format(
      format: 'bibliography',
      options: { format: 'text' | 'html'; template: string; lang: string },
    ): string
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): {
        styles: { has(name: string): boolean; add(name: string, xml: string): void }
      }
    }
  }
}
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-ris'
declare module '@citation-js/plugin-bibtex'
