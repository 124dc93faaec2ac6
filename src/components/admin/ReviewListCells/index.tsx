import type { DefaultCellComponentProps } from 'payload'

import { firstLine } from '@/reviews/excerpt'

import './styles.css'

// About two lines of the list's column at 1280 px: enough to moderate without opening the review.
export const REVIEW_LINE_MAX = 90

/** The review's first line, so an editor can moderate from the list. */
export const ReviewBodyCell = ({ cellData }: DefaultCellComponentProps) =>
  typeof cellData === 'string' && cellData.trim() ? (
    <span className="review-body-cell">{firstLine(cellData, REVIEW_LINE_MAX)}</span>
  ) : null

/** A "Featured" badge instead of the word true; nothing for the rest. */
export const ReviewFeaturedCell = ({ cellData }: DefaultCellComponentProps) =>
  cellData === true ? <span className="review-featured">Featured</span> : null
