/** Prices in rupiah, as Indonesians write them: "Rp 25.000". */
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

export function formatRupiah(harga: number): string {
  return rupiah.format(harga);
}

/** "Rp 25.000/bungkus" */
export function formatHargaSatuan(harga: number, satuan: string): string {
  return `${formatRupiah(harga)}/${satuan}`;
}
