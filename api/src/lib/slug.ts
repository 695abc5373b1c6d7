/** "Bánh đậu xanh hộp 200 g" → "banh-dau-xanh-hop-200-g". Vietnamese đ/Đ has no decomposition, so map it. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
