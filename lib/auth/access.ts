import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, userAc } from "better-auth/plugins/admin/access";

/**
 * The console's three roles as better-auth's admin plugin knows them (browser-safe, shared by the server plugin
 * and the client). Only admin may manage users and sessions; viewer and operator differ on cloud operations,
 * which the console's own guard decides from the catalog (lib/auth/roles.ts), not this plugin.
 */
export const accessControl = createAccessControl(defaultStatements);

export const accessRoles = {
  viewer: accessControl.newRole(userAc.statements),
  operator: accessControl.newRole(userAc.statements),
  admin: accessControl.newRole(adminAc.statements),
};
