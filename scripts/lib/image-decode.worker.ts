/**
 * Worker for `image-decode.ts`: decodes a picture to its last pixel with sharp, so a file cut
 * short after its header is found before the build. Runs in a worker thread (synckit) because
 * sharp has no synchronous API and the check is synchronous.
 */
import sharp from 'sharp';
import { runAsWorker } from 'synckit';

runAsWorker(async (file: string): Promise<string | undefined> => {
  try {
    // `failOn: 'truncated'` turns libvips' warning about missing data into an error; every
    // frame of an animation is decoded.
    await sharp(file, { failOn: 'truncated', animated: true }).raw().toBuffer();
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
});
