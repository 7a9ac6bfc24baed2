import Link from 'next/link';
import { redirect } from 'next/navigation';
import { pageUser } from '@/lib/auth/page-user';

export default async function Home() {
  if (await pageUser()) redirect('/projects');
  return (
    <section className="hero">
      <h1>Finish songs together.</h1>
      <p>
        Mixroom is where the artist, the mix engineer and the mastering engineer meet around one song. The mix
        is rendered in every listener&apos;s browser from the original stems, so a fader move is heard by
        everyone a moment later. Leave notes pinned to the music, compare versions, approve, and hand off to
        mastering.
      </p>
      <div className="row">
        <Link className="button" href="/signin?demo=1">
          Listen to the demo
        </Link>
        <Link className="button secondary" href="/signup">
          Create an account
        </Link>
      </div>
      <p className="small">
        Demo account: <code>demo@mixroom.dev</code> / <code>listen-to-the-mix</code>
      </p>
    </section>
  );
}
