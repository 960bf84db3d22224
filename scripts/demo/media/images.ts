/**
 * Turns the SVG scenes into files: landscape JPEGs, phone-sized JPEGs with camera EXIF and
 * GPS (so the build's stripping of location data can be tested), and PNG logos.
 */
import sharp from 'sharp';
import { logoSvg, type LogoColors } from './logo.ts';
import { sceneSvg } from './scene.ts';
import { seededRandom } from './seed.ts';

export const PHOTO_SIZE = { width: 1600, height: 1067 };
export const PHONE_SIZE = { width: 4000, height: 3000 };

/** `-hp` ("handphone") in a file name marks a straight-from-the-phone photo. */
export function isPhonePhoto(fileName: string): boolean {
  return /-hp([.-]|$)/i.test(fileName);
}

const PHONES = [
  { Make: 'Xiaomi', Model: 'Redmi Note 13' },
  { Make: 'samsung', Model: 'Galaxy A15' },
  { Make: 'OPPO', Model: 'CPH2565' },
  { Make: 'vivo', Model: 'V2310' },
  { Make: 'realme', Model: 'RMX3834' },
] as const;

/** Decimal degrees as an EXIF rational triple "deg/1 min/1 sec*100/100". */
function exifDegrees(value: number): string {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const minFloat = (abs - deg) * 60;
  const min = Math.floor(minFloat);
  const sec = Math.round((minFloat - min) * 60 * 100);
  return `${deg}/1 ${min}/1 ${sec}/100`;
}

export interface PhoneExif {
  lat: number;
  lng: number;
  /** When the photo was "taken", `YYYY:MM:DD HH:MM:SS`. */
  taken: string;
}

export async function photoJpeg(fileName: string, phone?: PhoneExif): Promise<Buffer> {
  const size = phone ? PHONE_SIZE : PHOTO_SIZE;
  const svg = sceneSvg(fileName, size.width, size.height);
  const image = sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality: 70, mozjpeg: true });
  if (!phone) return image.toBuffer();
  const model = seededRandom(fileName).pick(PHONES);
  return image
    .withExif({
      IFD0: { Make: model.Make, Model: model.Model, Software: 'Simpul demo', DateTime: phone.taken },
      IFD2: { DateTimeOriginal: phone.taken, DateTimeDigitized: phone.taken },
      IFD3: {
        GPSLatitudeRef: phone.lat < 0 ? 'S' : 'N',
        GPSLatitude: exifDegrees(phone.lat),
        GPSLongitudeRef: phone.lng < 0 ? 'W' : 'E',
        GPSLongitude: exifDegrees(phone.lng),
      },
    })
    .toBuffer();
}

export async function logoPng(fileName: string, kimName: string, colors?: LogoColors): Promise<Buffer> {
  return sharp(Buffer.from(logoSvg(fileName, kimName, 512, colors)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}

/** A logo asked for as JPEG (unusual) still gets the emblem, on white. */
export async function logoJpeg(fileName: string, kimName: string, colors?: LogoColors): Promise<Buffer> {
  return sharp(Buffer.from(logoSvg(fileName, kimName, 512, colors)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A photo asked for as PNG or WebP. */
export async function photoOther(fileName: string, format: 'png' | 'webp'): Promise<Buffer> {
  const img = sharp(Buffer.from(sceneSvg(fileName, PHOTO_SIZE.width, PHOTO_SIZE.height)));
  return format === 'png' ? img.png({ palette: true }).toBuffer() : img.webp({ quality: 70 }).toBuffer();
}
