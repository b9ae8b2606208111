// Brings the configured database up to date with the committed migrations.
// Runs before `npm start`, `npm run dev` and the tests, so nobody migrates by hand.
import { fileURLToPath } from "node:url";
import { databaseConfig } from "../lib/db/config.mjs";
import { migrate } from "../lib/db/migrations.mjs";

export async function prepareDatabase({ log = console.log } = {}) {
  const config = databaseConfig();
  const applied = await migrate(config);
  const where = config.provider === "sqlite" ? config.file : config.url.replace(/\/\/[^@/]*@/, "//***@");
  log(applied.length ? `database (${config.provider}, ${where}): applied ${applied.join(", ")}` : `database (${config.provider}) is up to date`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await prepareDatabase().catch((error) => {
    console.error(`Database preparation failed: ${error.message}`);
    process.exit(1);
  });
}
