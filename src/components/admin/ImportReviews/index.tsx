// PLACEHOLDER: replaced by a helper.
export const ImportReviews = () => null
