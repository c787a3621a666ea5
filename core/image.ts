/**
 * Checks an image the user picked as a logo by reading its bytes, not its
 * name: PNG or JPEG only, within size limits, with its pixel dimensions (the
 * DOCX needs them to place the picture).
 */
import { WordedError } from './i18n/wordedError';
import { defineMessages, wording } from './i18n/wording';

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_MAX_PIXELS = 6000;

const messages = defineMessages({
  tooLarge: {
    id: 'error.logo.tooLarge',
    defaultMessage:
      'The logo is {megabytes, number, ::.0} MB; the limit is 1 MB. Save a smaller PNG or JPEG and choose it again.',
  },
  notAnImage: {
    id: 'error.logo.notAnImage',
    defaultMessage: 'The logo must be a PNG or JPEG image. Choose another file.',
  },
  badSize: {
    id: 'error.logo.badSize',
    defaultMessage:
      "The logo's size ({width, number, ::group-off}×{height, number, ::group-off} pixels) is not usable; it must be at most {max, number, ::group-off} pixels wide and high.",
  },
});

export interface ImageInfo {
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

function pngInfo(bytes: Uint8Array): ImageInfo | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !signature.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { mimeType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1];
    const length = view.getUint16(offset + 2);
    // SOF0-SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return {
        mimeType: 'image/jpeg',
        height: view.getUint16(offset + 5),
        width: view.getUint16(offset + 7),
      };
    }
    offset += 2 + length;
  }
  return null;
}

/** Returns the image's type and size, or throws a message for the user. */
export function inspectLogo(bytes: Uint8Array): ImageInfo {
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new WordedError(wording(messages.tooLarge, { megabytes: bytes.length / 1024 / 1024 }));
  }
  const info = pngInfo(bytes) ?? jpegInfo(bytes);
  if (!info) throw new WordedError(wording(messages.notAnImage));
  if (!info.width || !info.height || info.width > LOGO_MAX_PIXELS || info.height > LOGO_MAX_PIXELS) {
    throw new WordedError(
      wording(messages.badSize, { width: info.width, height: info.height, max: LOGO_MAX_PIXELS }),
    );
  }
  return info;
}
