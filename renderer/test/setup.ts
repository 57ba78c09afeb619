// Component tests run in real Chromium (Vitest browser mode); jest-dom adds the DOM matchers.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../styles/index.css';

afterEach(() => {
  cleanup();
});
