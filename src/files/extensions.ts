/** Word-processor formats that are converted to text and linted. */
export const WORD_EXTENSIONS: readonly string[] = ['docx'];
