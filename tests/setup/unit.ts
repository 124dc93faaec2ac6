// Testing Library's DOM matchers (toBeInTheDocument, toHaveAttribute…) on Jest's global expect,
// with their types.
import '@testing-library/jest-dom'
