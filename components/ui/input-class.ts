/** The look of every text input and select; its own module so a lone select does not pull in Field. */
export const inputClass =
  "w-full rounded-md border border-neutral-300 bg-white px-2.5 py-1.5 text-sm aria-[invalid=true]:border-red-600 dark:border-neutral-700 dark:bg-neutral-900";
