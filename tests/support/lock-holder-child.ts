// A process that takes a data folder and keeps it until it is killed, as a Cadence that
// crashed or was killed would have. Prints READY and its pid once the folder is taken.
import { writeSync } from 'node:fs';
import { lockDataFolder } from '../../src-main/core/db/data-folder-lock';

lockDataFolder(process.env.CADENCE_DATA_DIR!);
writeSync(1, `READY ${process.pid}\n`);
setInterval(() => {}, 60_000);
