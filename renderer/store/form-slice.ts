import { MAIL_PORTS } from '../../shared/ipc-contract.js';
import { parseEmail, parsePort, parseServer } from '../../shared/validate.js';
import { preselectProgram } from './preselect-program.js';
import type { FieldError, FormField, FormSlice, SliceCreator } from './types.js';

/** The address step's inputs; submit() validates with shared/validate.ts before anything is sent. */
export const createFormSlice: SliceCreator<FormSlice> = (set, get) => ({
  email: '',
  server: '',
  port: '',
  mailProgram: null,
  programAnswered: false,
  moreOpen: false,
  fieldErrors: {},
  setField: (field, value) =>
    set((s) => {
      // Typing in a field clears its message; the others stay until the next submit.
      const { [field]: _cleared, ...fieldErrors } = s.fieldErrors;
      return { [field]: value, fieldErrors } as Pick<FormSlice, FormField | 'fieldErrors'>;
    }),
  setMailProgram: (mailProgram) => set({ mailProgram, programAnswered: true }),
  setMoreOpen: (moreOpen) => set({ moreOpen }),
  submit: () => {
    const { email, server, port, programAnswered, accounts } = get();
    // Not answered: the program the accounts found point to (shown pre-selected on the screen).
    const mailProgram = programAnswered ? get().mailProgram : preselectProgram(accounts, email);
    const errors: Partial<Record<FormField, FieldError>> = {};
    const parsedEmail = parseEmail(email);
    if (!parsedEmail.ok) errors.email = { text: parsedEmail.message };
    let serverAscii: string | undefined;
    if (server.trim() !== '') {
      const parsed = parseServer(server);
      if (parsed.ok) serverAscii = parsed.value.ascii;
      else errors.server = { text: parsed.message };
    }
    let portNumber: number | undefined;
    if (port.trim() !== '') {
      const parsed = parsePort(port);
      if (!parsed.ok) errors.port = { text: parsed.message };
      // The engine only probes mail ports; say so here rather than fail at the IPC boundary.
      else if (!(MAIL_PORTS as readonly number[]).includes(parsed.value))
        errors.port = { key: 'portNotMail' };
      else portNumber = parsed.value;
    }
    // Hidden optional fields with errors would leave the user stuck: unfold them.
    const moreOpen = get().moreOpen || errors.server !== undefined || errors.port !== undefined;
    set({ fieldErrors: errors, moreOpen });
    if (!parsedEmail.ok || Object.keys(errors).length > 0) return false;
    set({ mailProgram });
    void get().startDiagnosis({
      email: parsedEmail.value.display,
      ...(serverAscii !== undefined ? { server: serverAscii } : {}),
      ...(portNumber !== undefined ? { port: portNumber } : {}),
      ...(mailProgram !== null ? { mailProgram } : {}),
    });
    return true;
  },
});
