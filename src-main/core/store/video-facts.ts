// What Cadence reads of an mp4 before it keeps or sends one: its length, codec and size in
// pixels, from the file's "moov" box, with mp4box (plain JavaScript, so no ffprobe binary has to
// ship with the app). Nothing is decoded; the networks' rules only ask for these facts.
import type * as Mp4BoxLibrary from 'mp4box';
import type { VideoFacts } from '../../shared/entities';
import { say } from '../../shared/messages/owner-message';
import { ImageProblem } from './image-facts';

type Mp4BoxModule = typeof Mp4BoxLibrary;
let mp4boxModule: Promise<Mp4BoxModule> | null = null;

/** mp4box, loaded with the first video: a Cadence that never sees one should not carry it. */
function loadMp4Box(): Promise<Mp4BoxModule> {
  mp4boxModule ??= import('mp4box');
  return mp4boxModule;
}

/** An mp4 starts with an "ftyp" box: four bytes of length, then its name. */
export function looksLikeMp4(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(4, 8)).toString('latin1') === 'ftyp';
}

/** The facts of an mp4, or an ImageProblem saying in keyed words why Cadence cannot use it. */
export async function readVideoFacts(bytes: Uint8Array, fileName: string): Promise<VideoFacts> {
  const { createFile, MP4BoxBuffer } = await loadMp4Box();
  const file = createFile();
  let movie: Mp4BoxLibrary.Movie | null = null;
  file.onReady = (info) => {
    movie = info;
  };
  // A copy, since mp4box keeps the buffer and records where in the file it starts.
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  try {
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0), true);
    file.flush();
  } catch {
    throw new ImageProblem(say('media.videoUnreadable', { file: fileName }));
  }
  const info = movie as Mp4BoxLibrary.Movie | null;
  const track = info?.videoTracks[0];
  if (!info || !track || info.timescale <= 0) {
    throw new ImageProblem(say('media.videoUnreadable', { file: fileName }));
  }
  return {
    durationMs: Math.round((info.duration / info.timescale) * 1000),
    codec: track.codec,
    width: track.video?.width ?? track.track_width,
    height: track.video?.height ?? track.track_height,
  };
}
