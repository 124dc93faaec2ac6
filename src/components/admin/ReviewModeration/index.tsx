// PLACEHOLDER: replaced by a helper.
export const ReviewModeration = () => null
