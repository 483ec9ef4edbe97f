import { notFound } from 'next/navigation';

// Deeper paths under a brand (`/US/steam/x`) are not pages: the site's own 404, in the visitor's language.
export default function NoSuchPage() {
  notFound();
}
