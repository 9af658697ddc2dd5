// GET /api/health/live: the process is up (an orchestrator restarts it otherwise). Same answer as /api/health.
export { GET } from "../route";
export const dynamic = "force-dynamic";
