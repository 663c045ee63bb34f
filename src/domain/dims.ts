/** Filter dimension bits. A row's bit set names the filters it fails; a view leaves out its own dimensions. */
export const DIM = {
  sphere: 1,
  country: 2,
  year: 4,
  status: 8,
  type: 16,
  other: 32,
} as const
