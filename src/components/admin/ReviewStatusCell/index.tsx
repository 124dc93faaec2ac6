'use client'
import type { DefaultCellComponentProps } from 'payload'

// PLACEHOLDER: replaced by a helper.
export const ReviewStatusCell = ({ cellData }: DefaultCellComponentProps) => <span>{String(cellData ?? '')}</span>
