/** Prices in rupiah, as Indonesians write them: "Rp 25.000". */
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

export function formatRupiah(price: number): string {
  return rupiah.format(price);
}

/** "Rp 25.000/bungkus" */
export function formatPricePerUnit(price: number, unit: string): string {
  return `${formatRupiah(price)}/${unit}`;
}
