/** Says once per run what the database tests cover, so a skipped engine is never silent. */
export default function setup() {
  if (!process.env.TEST_DATABASE_URL?.trim())
    console.log(
      "[tests] PostgreSQL runs skipped: TEST_DATABASE_URL is unset (the embedded store is tested; .ci/run sets it).",
    );
  else console.log("[tests] Database tests run on the embedded store and on PostgreSQL (TEST_DATABASE_URL).");
}
