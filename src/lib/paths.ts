/** getStaticPaths helpers shared by the French and English twins of each page. */
import { getOffices } from './queries';

export async function officePaths() {
	const offices = await getOffices();
	return offices.map((office) => ({ params: { office: office.id }, props: { office } }));
}
