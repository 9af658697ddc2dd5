// The same translated 404 as app/not-found.tsx, rendered inside the console layout (shell and navigation).
export { default, generateMetadata } from "../not-found";
