import { NavLink } from "react-router";

export interface WorkspaceNavItem {
  href: string;
  label: string;
  /** Match the path exactly (for a workspace's home). */
  end?: boolean;
}

/**
 * The frame of every workspace page (seller, council, admin, account): a side menu of the
 * workspace's pages and the page itself. Pages render their own <h1>.
 */
export function WorkspaceLayout({
  title,
  nav,
  children,
}: {
  title: string;
  nav: WorkspaceNavItem[];
  children: React.ReactNode;
}) {
  return (
    <div className="workspace">
      <nav className="workspace__nav" aria-label={title}>
        <p className="workspace__title">{title}</p>
        <ul>
          {nav.map((item) => (
            <li key={item.href}>
              <NavLink to={item.href} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="workspace__page">{children}</div>
    </div>
  );
}
