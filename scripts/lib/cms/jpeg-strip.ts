/**
 * Removes metadata segments from a JPEG without re-encoding it, so a photo that is already
 * small enough loses its EXIF/GPS data and nothing else.
 *
 * Kept: JFIF (APP0), the ICC colour profile (APP2 "ICC_PROFILE"), Adobe (APP14, needed to
 * decode CMYK/YCCK) and every image segment. Dropped: EXIF and XMP (APP1), other APP2 data
 * such as the multi-picture index, APP3–APP13 (IPTC is APP13), APP15 and comments. Bytes
 * after the end-of-image marker (phones append depth maps and previews there) are dropped.
 */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

function isKept(marker: number, payload: Buffer): boolean {
  if (marker === 0xe0) return true; // APP0 JFIF/JFXX
  if (marker === 0xe2) return payload.subarray(0, 12).toString('latin1') === 'ICC_PROFILE\0';
  if (marker === 0xee) return true; // APP14 Adobe
  if (marker >= 0xe1 && marker <= 0xef) return false; // other APPn
  if (marker === 0xfe) return false; // COM
  return true;
}

/** Returns the stripped JPEG, or null when `buf` is not a JPEG this parser understands. */
export function stripJpegMetadata(buf: Buffer): Buffer | null {
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== SOI) return null;
  const parts: Buffer[] = [buf.subarray(0, 2)];
  let i = 2;
  while (i < buf.length) {
    if (buf[i] !== 0xff) return null;
    // Fill bytes: any number of 0xFF before a marker.
    while (buf[i + 1] === 0xff) i++;
    const marker = buf[i + 1]!;
    if (marker === EOI) {
      parts.push(buf.subarray(i, i + 2));
      return Buffer.concat(parts);
    }
    if (marker === SOI || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(buf.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 4 > buf.length) return null;
    const len = buf.readUInt16BE(i + 2);
    const end = i + 2 + len;
    if (len < 2 || end > buf.length) return null;
    if (marker === SOS) {
      // Entropy-coded data follows until the next marker that is not a stuffed 0xFF00 or a
      // restart marker; copy it whole, then continue with that marker (progressive JPEGs
      // have several scans with tables in between).
      let j = end;
      while (j < buf.length - 1) {
        if (buf[j] === 0xff) {
          const next = buf[j + 1]!;
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break;
        }
        j++;
      }
      parts.push(buf.subarray(i, j));
      i = j;
      continue;
    }
    const payload = buf.subarray(i + 4, end);
    if (isKept(marker, payload)) parts.push(buf.subarray(i, end));
    i = end;
  }
  return null;
}
