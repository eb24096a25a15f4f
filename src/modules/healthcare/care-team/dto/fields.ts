// Query strings carry booleans as 'true' / 'false'.
export const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
