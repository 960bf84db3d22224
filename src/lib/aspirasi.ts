/**
 * The ways a resident can send an aspiration, from the member's settings. Only what is
 * configured is offered; the secretariat's WhatsApp is the fallback.
 */
import type { Pengaturan } from './sites.ts';
import { whatsappLink } from './whatsapp.ts';

export interface AspirasiChannels {
  /** `wa.me` link with the opening message filled in. */
  whatsapp?: string;
  /** `mailto:` link with a subject. */
  email?: string;
  /** The address shown next to the mail link. */
  alamatEmail?: string;
  /** External form (e.g. Google Form). */
  formulir?: string;
}

export function aspirasiChannels(p: Pick<Pengaturan, 'aspirasi' | 'kontak'>, text: { pesanAwal: string; subjekEmail: string }): AspirasiChannels {
  const a = p.aspirasi ?? {};
  const number = a.whatsapp ?? p.kontak.whatsapp;
  const email = a.email ?? p.kontak.email;
  return {
    ...(number ? { whatsapp: whatsappLink(number, a.pesan_awal ?? text.pesanAwal) } : {}),
    ...(email ? { email: `mailto:${email}?subject=${encodeURIComponent(text.subjekEmail)}`, alamatEmail: email } : {}),
    ...(a.formulir_url ? { formulir: a.formulir_url } : {}),
  };
}
