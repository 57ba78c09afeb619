/** The four places on the mail path. */
export type PathNode = 'pc' | 'router' | 'internet' | 'server';

/** A simple line icon for a place on the path; decorative (the label says the same in words). */
export function PathIcon({ node }: { node: PathNode }) {
  const common = {
    viewBox: '0 0 48 48',
    'aria-hidden': true,
    focusable: false,
    className: 'path-svg',
    fill: 'none',
    strokeWidth: 2.5,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
  };
  switch (node) {
    case 'pc':
      return (
        <svg {...common}>
          <rect x="7" y="9" width="34" height="22" rx="2" />
          <path d="M18 39 h12 M24 31 v8" />
        </svg>
      );
    case 'router':
      return (
        <svg {...common}>
          <rect x="6" y="26" width="36" height="12" rx="3" />
          <path d="M14 26 l-3-12 M34 26 l3-12 M13 32 h2 M19 32 h2" />
          <path d="M18 14 a9 9 0 0 1 12 0 M21 18 a4 4 0 0 1 6 0" />
        </svg>
      );
    case 'internet':
      return (
        <svg {...common}>
          <circle cx="24" cy="24" r="16" />
          <path d="M8 24 h32 M24 8 c-6 5-6 27 0 32 M24 8 c6 5 6 27 0 32" />
        </svg>
      );
    case 'server':
      return (
        <svg {...common}>
          <rect x="11" y="7" width="26" height="34" rx="2" />
          <path d="M16 15 h16 M16 22 h16" />
          <path d="M17 30 h14 v7 h-14 z M17 30 l7 4 l7-4" />
        </svg>
      );
  }
}
