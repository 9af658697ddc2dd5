"use client";

import { createAuthClient } from "better-auth/react";
import { adminClient } from "better-auth/client/plugins";
import { accessControl, accessRoles } from "./access";

/** better-auth's browser client for this console (same origin, /api/auth). Holds no secret. */
export const authClient = createAuthClient({
  plugins: [adminClient({ ac: accessControl, roles: accessRoles })],
});
