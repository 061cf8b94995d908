/** @jsxImportSource preact */
/** A search result: its photo or its kind's pictogram, its title, kind and village, the excerpt. */
import type { ResultCard } from '../../lib/search/results';
import { KIND_PICTOGRAMS } from './pictograms';

export default function Card({ card }: { card: ResultCard }) {
	const pictogram = card.kind ? KIND_PICTOGRAMS[card.kind] : undefined;
	return (
		<article class="search-card">
			<div class="search-thumb" aria-hidden="true">
				{card.image ? (
					<img src={card.image.src} alt="" loading="lazy" width={96} height={96} />
				) : pictogram ? (
					<svg viewBox="0 0 24 24" width="48" height="48" focusable="false">
						<circle cx="12" cy="12" r="12" fill={pictogram.colour} />
						<path
							d={pictogram.path}
							fill="#fff"
							fill-rule="evenodd"
							transform="translate(4.8 4.8) scale(0.6)"
						/>
					</svg>
				) : null}
			</div>
			<div class="search-text">
				<h2>
					<a href={card.url}>{card.title}</a>
				</h2>
				<p class="search-meta">{[card.kindLabel, card.village].filter(Boolean).join(' · ')}</p>
				<p class="search-excerpt">
					{card.excerpt.map((part, index) =>
						part.marked ? <mark key={index}>{part.text}</mark> : part.text,
					)}
				</p>
			</div>
		</article>
	);
}
