/** A plain link to a spot on OpenStreetMap: no map script on our pages. */
export function osmLink(lat: number, lng: number, zoom = 16): string {
  const la = String(Number(lat.toFixed(6)));
  const lo = String(Number(lng.toFixed(6)));
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=${zoom}/${la}/${lo}`;
}
