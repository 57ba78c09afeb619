import type { ReactNode } from 'react';
import type { MailProgram } from '../../../../shared/diagnosis.js';

/*
 * Small drawings of each mail program's main window, so a customer can recognise the one on their
 * screen: the layout only (where the ribbon, the folders, the list and the message are), drawn
 * here from plain shapes. No logo, icon or screenshot of any program is copied. Decorative: the
 * program's name is beside each picture in words. Colours come from the theme (address.css).
 */

/** Lines of text in a pane: short bars, one under the other. */
function lines(x: number, y: number, width: number, count: number, gap = 5): ReactNode[] {
  return Array.from({ length: count }, (_, i) => (
    <rect
      key={`${x}-${y}-${i}`}
      className="pw-text"
      x={x}
      y={y + i * gap}
      width={i % 3 === 2 ? width * 0.6 : width}
      height={1.6}
      rx={0.8}
    />
  ));
}

/** A window's outer frame. */
function frame(rounded: number): ReactNode {
  return <rect className="pw-frame" x={1} y={1} width={118} height={78} rx={rounded} />;
}

/** Classic Outlook: a title bar, the ribbon of buttons, folders, the message list and the reading pane. */
function OutlookClassic() {
  return (
    <>
      {frame(2)}
      <rect className="pw-bar pw-accent-bar" x={1} y={1} width={118} height={7} />
      <rect className="pw-bar" x={1} y={8} width={118} height={14} />
      {[6, 14, 22, 36, 44, 52, 66, 74].map((x) => (
        <rect key={x} className="pw-button" x={x} y={11} width={6} height={6} rx={1} />
      ))}
      <path className="pw-line" d="M31 10 v10 M61 10 v10" />
      <path className="pw-line" d="M30 22 v57 M66 22 v57" />
      {lines(4, 27, 22, 8)}
      <rect className="pw-selected" x={31} y={24} width={35} height={8} />
      {lines(34, 36, 28, 7, 6)}
      {lines(70, 28, 44, 9)}
    </>
  );
}

/** The new Outlook: a search box in the top bar, a rail of apps on the left, a "new mail" button, three panes. */
function OutlookNew() {
  return (
    <>
      {frame(4)}
      <rect className="pw-bar pw-accent-bar" x={1} y={1} width={118} height={9} rx={4} />
      <rect className="pw-search" x={40} y={3} width={40} height={5} rx={2.5} />
      <rect className="pw-bar" x={1} y={10} width={10} height={69} />
      {[15, 23, 31, 39].map((y) => (
        <circle key={y} className="pw-button" cx={6} cy={y} r={2.4} />
      ))}
      <rect className="pw-pill" x={14} y={13} width={20} height={6} rx={3} />
      {lines(15, 25, 18, 7)}
      <rect className="pw-card" x={37} y={13} width={32} height={63} rx={3} />
      <rect className="pw-selected" x={38} y={15} width={30} height={8} rx={2} />
      {lines(40, 27, 25, 7, 6)}
      <rect className="pw-card" x={72} y={13} width={44} height={63} rx={3} />
      {lines(76, 18, 36, 9)}
    </>
  );
}

/** Thunderbird: a toolbar with a search box and the ≡ menu, the spaces bar, folders, the list above the message. */
function Thunderbird() {
  return (
    <>
      {frame(3)}
      <rect className="pw-bar" x={1} y={1} width={118} height={10} />
      <rect className="pw-pill" x={13} y={3.5} width={16} height={5} rx={1.5} />
      <rect className="pw-search" x={50} y={3.5} width={40} height={5} rx={1.5} />
      <path className="pw-stroke" d="M106 4 h8 M106 6 h8 M106 8 h8" />
      <rect className="pw-bar" x={1} y={11} width={9} height={68} />
      {[16, 24, 32, 40, 48].map((y) => (
        <rect key={y} className="pw-button" x={3} y={y - 2.5} width={5} height={5} rx={1} />
      ))}
      <path className="pw-line" d="M38 11 v68 M38 44 h81" />
      {lines(13, 16, 22, 10)}
      <rect className="pw-selected" x={39} y={18} width={80} height={5} />
      {lines(42, 14, 72, 6)}
      {lines(42, 50, 70, 6)}
    </>
  );
}

/** Mail on the Mac: rounded corners, three round buttons, a sidebar, the list and the message side by side. */
function AppleMail() {
  return (
    <>
      {frame(7)}
      <rect className="pw-bar" x={1} y={1} width={32} height={78} rx={7} />
      {[7, 13, 19].map((x) => (
        <circle key={x} className="pw-dot" cx={x} cy={7} r={2} />
      ))}
      {lines(6, 16, 22, 9)}
      <path className="pw-line" d="M33 1 v78 M70 1 v78" />
      {[86, 96, 106].map((x) => (
        <rect key={x} className="pw-button" x={x} y={4} width={6} height={5} rx={1.5} />
      ))}
      <rect className="pw-selected" x={36} y={13} width={31} height={10} rx={3} />
      {lines(38, 27, 26, 7, 6)}
      {lines(74, 16, 40, 10)}
    </>
  );
}

/** Mail on an iPhone or iPad: a phone with a large title over a list of messages. */
function IosMail() {
  return (
    <>
      <rect className="pw-frame" x={40} y={1} width={40} height={78} rx={7} />
      <rect className="pw-bar" x={52} y={3} width={16} height={3} rx={1.5} />
      <rect className="pw-title" x={45} y={11} width={22} height={4} rx={1} />
      {[20, 31, 42, 53, 64].map((y) => (
        <g key={y}>
          <circle className="pw-dot-accent" cx={46} cy={y + 2} r={1.3} />
          {lines(49, y, 26, 2, 4)}
          <path className="pw-line" d={`M49 ${y + 8} h27`} />
        </g>
      ))}
    </>
  );
}

/** Becky!: a menu line, a toolbar of many small buttons, a folder tree, the list above the message. */
function Becky() {
  return (
    <>
      {frame(1)}
      <rect className="pw-bar pw-accent-bar" x={1} y={1} width={118} height={6} />
      {[4, 14, 24, 34, 44, 54].map((x) => (
        <rect key={x} className="pw-text" x={x} y={9} width={7} height={1.8} />
      ))}
      <rect className="pw-bar" x={1} y={12} width={118} height={8} />
      {Array.from({ length: 14 }, (_, i) => (
        <rect key={i} className="pw-button" x={3 + i * 7} y={13.5} width={5} height={5} />
      ))}
      <path className="pw-line" d="M32 20 v59 M32 46 h87" />
      {[24, 29, 34, 39, 44, 49].map((y, i) => (
        <rect key={y} className="pw-text" x={4 + (i % 3) * 4} y={y} width={20} height={1.6} />
      ))}
      <path className="pw-line" d="M33 27 h86 M33 33 h86 M33 39 h86 M70 20 v26" />
      <rect className="pw-selected" x={33} y={27} width={86} height={6} />
      {lines(36, 51, 76, 5)}
    </>
  );
}

/** Another program: a plain window with an envelope. */
function Other() {
  return (
    <>
      {frame(3)}
      <rect className="pw-bar" x={1} y={1} width={118} height={9} />
      <rect className="pw-card" x={42} y={26} width={36} height={26} rx={2} />
      <path className="pw-stroke" d="M43 27 l17 14 l17 -14" />
    </>
  );
}

const PICTURES: Record<MailProgram, () => ReactNode> = {
  outlook_classic: OutlookClassic,
  outlook_new: OutlookNew,
  thunderbird: Thunderbird,
  apple_mail: AppleMail,
  ios_mail: IosMail,
  becky: Becky,
  other: Other,
};

/** The picture of one program's main window. */
export function ProgramPicture({ program }: { program: MailProgram }) {
  const Picture = PICTURES[program];
  return (
    <svg
      className="program-picture"
      viewBox="0 0 120 80"
      aria-hidden="true"
      focusable="false"
      data-program={program}
    >
      <Picture />
    </svg>
  );
}
