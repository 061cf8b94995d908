/**
 * The class hierarchy of the DATAtourisme ontology (core 2.0, `rdfs:subClassOf`), for the
 * families the site shows: events (EntertainmentAndEvent), accommodation, food establishments,
 * tasting providers (producers), sports and leisure places (activities), stores, and the
 * service providers that rent or repair equipment. Every subclass of those families is listed,
 * so that a class the site has no specific rule for still finds its family. The other families
 * (cultural and natural heritage, transport, medical places…) have no page on the site: their
 * objects are reported as of no category.
 *
 * Source: the ontology's Turtle file, https://www.datatourisme.fr/ontology/core/ (version 2.0).
 */

/** Each class and its parent classes in the ontology (schema.org parents left out). */
const PARENTS: Record<string, string[]> = {
	// Points of interest
	PointOfInterest: [],
	PlaceOfInterest: ['PointOfInterest'],
	Product: ['PointOfInterest'],
	Tour: ['PointOfInterest'],
	EntertainmentAndEvent: ['PointOfInterest'],
	// Events
	BusinessEvent: ['EntertainmentAndEvent'],
	CulturalEvent: ['EntertainmentAndEvent'],
	SaleEvent: ['EntertainmentAndEvent'],
	SocialEvent: ['EntertainmentAndEvent'],
	SportsEvent: ['EntertainmentAndEvent'],
	ChildrensEvent: ['EntertainmentAndEvent'],
	CircusEvent: ['EntertainmentAndEvent'],
	DanceEvent: ['EntertainmentAndEvent'],
	Festival: ['EntertainmentAndEvent'],
	ScreeningEvent: ['EntertainmentAndEvent'],
	VisualArtsEvent: ['EntertainmentAndEvent'],
	BoardMeeting: ['BusinessEvent'],
	Congress: ['BusinessEvent'],
	ExecutiveBoardMeeting: ['BusinessEvent'],
	Seminar: ['BusinessEvent'],
	TrainingWorkshop: ['BusinessEvent'],
	WorkMeeting: ['BusinessEvent'],
	ArtistSigning: ['CulturalEvent'],
	Commemoration: ['CulturalEvent'],
	Concert: ['CulturalEvent'],
	Conference: ['CulturalEvent'],
	Exhibition: ['CulturalEvent'],
	Harvest: ['CulturalEvent'],
	Opera: ['CulturalEvent'],
	Reading: ['CulturalEvent'],
	Recital: ['CulturalEvent'],
	ShowEvent: ['CulturalEvent'],
	TheaterEvent: ['CulturalEvent'],
	BricABrac: ['SaleEvent'],
	FairOrShow: ['SaleEvent'],
	GarageSale: ['SaleEvent'],
	Market: ['SaleEvent'],
	OpenDay: ['SaleEvent'],
	Carnival: ['SocialEvent'],
	LocalAnimation: ['SocialEvent'],
	Parade: ['SocialEvent'],
	PilgrimageAndProcession: ['SocialEvent'],
	ReligiousEvent: ['SocialEvent'],
	TraditionalCelebration: ['SocialEvent'],
	Game: ['SportsEvent'],
	Rally: ['SportsEvent'],
	Rambling: ['SportsEvent'],
	SportsCompetition: ['SportsEvent'],
	SportsDemonstration: ['SportsEvent'],
	// Accommodation
	Accommodation: ['PlaceOfInterest'],
	CampingAndCaravanning: ['Accommodation'],
	CollectiveAccommodation: ['Accommodation'],
	HotelTrade: ['Accommodation'],
	RentalAccommodation: ['Accommodation'],
	CamperVanArea: ['CampingAndCaravanning'],
	Camping: ['CampingAndCaravanning'],
	ChildrensGite: ['CollectiveAccommodation'],
	ClubOrHolidayVillage: ['CollectiveAccommodation'],
	GroupLodging: ['CollectiveAccommodation'],
	HolidayCentre: ['CollectiveAccommodation'],
	HolidayResort: ['CollectiveAccommodation'],
	StopOverOrGroupLodge: ['CollectiveAccommodation'],
	YouthHostelAndInternationalCenter: ['CollectiveAccommodation'],
	Hotel: ['HotelTrade'],
	HotelRestaurant: ['Hotel', 'Restaurant'],
	Guesthouse: ['RentalAccommodation'],
	SelfCateringAccommodation: ['RentalAccommodation'],
	// Accommodation products (a cottage, a yurt…): let as a whole, like a rental.
	AccommodationProduct: ['Product'],
	Apartment: ['AccommodationProduct'],
	Bed: ['AccommodationProduct'],
	Bubble: ['AccommodationProduct'],
	Bungalow: ['AccommodationProduct'],
	Bungatoile: ['AccommodationProduct'],
	CampingCar: ['AccommodationProduct'],
	CampingPitch: ['AccommodationProduct'],
	Caravan: ['AccommodationProduct'],
	CastleAndPrestigeMansion: ['AccommodationProduct'],
	Chalet: ['AccommodationProduct'],
	HotelSuite: ['AccommodationProduct'],
	House: ['AccommodationProduct'],
	HouseBoat: ['AccommodationProduct'],
	Hut: ['AccommodationProduct'],
	LeisureChalet: ['AccommodationProduct'],
	Room: ['AccommodationProduct'],
	Tent: ['AccommodationProduct'],
	Tipi: ['AccommodationProduct'],
	TreeHouse: ['AccommodationProduct'],
	Yurt: ['AccommodationProduct'],
	// Food establishments
	FoodEstablishment: ['PlaceOfInterest'],
	Bakery: ['FoodEstablishment'],
	BarOrPub: ['FoodEstablishment'],
	BistroOrWineBar: ['FoodEstablishment'],
	CafeOrTeahouse: ['FoodEstablishment'],
	Cellar: ['FoodEstablishment'],
	FastFoodRestaurant: ['FoodEstablishment'],
	IceCreamShop: ['FoodEstablishment'],
	Restaurant: ['FoodEstablishment'],
	StreetFood: ['FoodEstablishment'],
	BoatRestaurant: ['Restaurant'],
	BrasserieOrTavern: ['Restaurant'],
	Cabaret: ['Restaurant'],
	FarmhouseInn: ['Restaurant'],
	GourmetRestaurant: ['Restaurant'],
	MountainRestaurant: ['Restaurant'],
	SelfServiceCafeteria: ['Restaurant'],
	// Tasting providers: producers
	TastingProvider: ['PlaceOfInterest'],
	Brewery: ['TastingProvider'],
	Cooperative: ['TastingProvider'],
	Distillery: ['TastingProvider'],
	Farmer: ['TastingProvider'],
	Producer: ['TastingProvider'],
	ProducersGroup: ['TastingProvider'],
	Trader: ['TastingProvider'],
	WineCellar: ['TastingProvider'],
	// Sports and leisure places, and practices (courses, guided outings): activities
	SportsAndLeisurePlace: ['PlaceOfInterest'],
	Auditorium: ['SportsAndLeisurePlace'],
	BalneotherapyCentre: ['SportsAndLeisurePlace'],
	BeachClub: ['SportsAndLeisurePlace'],
	BilliardRoom: ['SportsAndLeisurePlace'],
	BoulesPitch: ['SportsAndLeisurePlace'],
	BowlingAlley: ['SportsAndLeisurePlace'],
	Casino: ['SportsAndLeisurePlace'],
	Cinema: ['SportsAndLeisurePlace'],
	CircusPlace: ['SportsAndLeisurePlace'],
	ClimbingWall: ['SportsAndLeisurePlace'],
	CrossCountrySkiResort: ['SportsAndLeisurePlace'],
	CrossCountrySkiTrail: ['SportsAndLeisurePlace'],
	DogSleddingTrail: ['SportsAndLeisurePlace'],
	DownhillSkiResort: ['SportsAndLeisurePlace'],
	DownhillSkiRun: ['SportsAndLeisurePlace'],
	EducationalTrail: ['SportsAndLeisurePlace'],
	EquestrianCenter: ['SportsAndLeisurePlace'],
	FitnessCenter: ['SportsAndLeisurePlace'],
	FitnessPath: ['SportsAndLeisurePlace'],
	FrontonBelotaCourt: ['SportsAndLeisurePlace'],
	GolfCourse: ['SportsAndLeisurePlace'],
	Gymnasium: ['SportsAndLeisurePlace'],
	IceSkatingRink: ['SportsAndLeisurePlace'],
	KidsClub: ['SportsAndLeisurePlace'],
	LeisureComplex: ['SportsAndLeisurePlace'],
	Marina: ['SportsAndLeisurePlace'],
	MiniGolf: ['SportsAndLeisurePlace'],
	MooringArea: ['SportsAndLeisurePlace'],
	MultiPurposeRoomOrCommunityRoom: ['SportsAndLeisurePlace'],
	NightClub: ['SportsAndLeisurePlace'],
	PlayArea: ['SportsAndLeisurePlace'],
	Racetrack: ['SportsAndLeisurePlace'],
	RacingCircuit: ['SportsAndLeisurePlace'],
	SchoolOrTrainingCentre: ['SportsAndLeisurePlace'],
	SightseeingBoat: ['SportsAndLeisurePlace'],
	SportsClub: ['SportsAndLeisurePlace'],
	SportsHall: ['SportsAndLeisurePlace'],
	SquashCourt: ['SportsAndLeisurePlace'],
	Stadium: ['SportsAndLeisurePlace'],
	SummerToboggan: ['SportsAndLeisurePlace'],
	SwimmingPool: ['SportsAndLeisurePlace'],
	TeachingFarm: ['SportsAndLeisurePlace'],
	TennisComplex: ['SportsAndLeisurePlace'],
	TerrainPark: ['SportsAndLeisurePlace'],
	Theater: ['SportsAndLeisurePlace'],
	Theatre: ['SportsAndLeisurePlace'],
	ThemePark: ['SportsAndLeisurePlace'],
	TobogganBobsleigh: ['SportsAndLeisurePlace'],
	TourismCableCar: ['SportsAndLeisurePlace'],
	TouristBus: ['SportsAndLeisurePlace'],
	TouristTrain: ['SportsAndLeisurePlace'],
	TrackRollerOrSkateBoard: ['SportsAndLeisurePlace'],
	Trampoline: ['SportsAndLeisurePlace'],
	Velodrome: ['SportsAndLeisurePlace'],
	VivariumAquarium: ['SportsAndLeisurePlace'],
	YachtClub: ['SportsAndLeisurePlace'],
	ZooAnimalPark: ['SportsAndLeisurePlace'],
	Practice: ['Product'],
	AccompaniedPractice: ['Practice'],
	Competition: ['Practice'],
	Course: ['Practice'],
	DevelopmentCourse: ['Practice'],
	FirstPractice: ['Practice'],
	FreePractice: ['Practice'],
	IntroductionCourse: ['Practice'],
	MultiActivity: ['Practice'],
	Tasting: ['Practice'],
	Traineeship: ['Practice'],
	// Stores
	Store: ['PlaceOfInterest'],
	AntiqueAndSecondhandGoodDealer: ['Store'],
	ArtGalleryOrExhibitionGallery: ['Store'],
	BoutiqueOrLocalShop: ['Store'],
	CraftsmanShop: ['Store'],
	DepartmentStore: ['Store'],
	HypermarketAndSupermarket: ['Store'],
	LocalProductsShop: ['Store'],
	ShoppingCentreAndGallery: ['Store'],
	// Service providers: only equipment hire and repair have a page (as shops)
	ServiceProvider: ['PlaceOfInterest'],
	EquipmentRentalShop: ['ServiceProvider'],
	EquipmentRepairShop: ['ServiceProvider'],
	TaxiCompany: ['ServiceProvider'],
	Transporter: ['ServiceProvider'],
};

/** Whether a class is in the part of the ontology this table holds. */
export const isOntologyClass = (name: string): boolean => name in PARENTS;

/** A class and all its ancestors. */
export function ancestorsOf(name: string): Set<string> {
	const seen = new Set<string>();
	const queue = [name];
	while (queue.length > 0) {
		const current = queue.pop() as string;
		if (seen.has(current)) continue;
		seen.add(current);
		queue.push(...(PARENTS[current] ?? []));
	}
	return seen;
}

/** Every class of a type list with their ancestors. */
export function withAncestors(types: Iterable<string>): Set<string> {
	const all = new Set<string>();
	for (const type of types) for (const ancestor of ancestorsOf(type)) all.add(ancestor);
	return all;
}

/** The subclasses of a class in the table, itself included. */
export function subclassesOf(root: string): string[] {
	return Object.keys(PARENTS).filter((name) => ancestorsOf(name).has(root));
}
