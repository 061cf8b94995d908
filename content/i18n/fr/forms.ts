/**
 * French interface text, the source language: the visitor forms (suggestion, complaint, questionnaire, satisfaction survey, brochure request) and the newsletter.
 * Flat dotted keys; {{placeholders}} are filled by t(). Every key here must exist in ../en/forms.ts.
 */
export default {
	'feedback.brochureRequest.title': 'Recevoir nos brochures par la poste',
	'feedback.brochureRequest.which': 'Les brochures que vous souhaitez',
	'feedback.brochureRequest.address': 'Votre adresse postale',
	'feedback.field.brochure-destination-guide': 'Le guide de destination',
	'feedback.field.brochure-tourist-map': 'La carte touristique',
	'feedback.field.brochure-accommodation-guide': 'Le guide des hébergements',
	'feedback.field.brochure-gastronomy': 'Le fascicule gastronomie',
	'feedback.field.brochure-village-plans': 'Les plans de village',
	'feedback.field.language': 'Langue des brochures',
	'feedback.field.street': 'Adresse (numéro et rue)',
	'feedback.field.addressLine2': 'Complément d’adresse',
	'feedback.field.postalCode': 'Code postal',
	'feedback.field.city': 'Ville',
	'feedback.hint.emailBrochures': 'Pour recevoir un accusé de réception de votre demande.',
	'feedback.error.brochures': 'Cochez au moins une brochure.',
	'feedback.error.postalCode': 'Indiquez un code postal valide.',
	'feedback.error.postalCodeFr': 'Un code postal français compte cinq chiffres.',
	'feedback.privacy.brochureRequest':
		'Votre nom et votre adresse servent uniquement à vous envoyer les brochures demandées ; ils ne sont transmis à personne et sont effacés au bout de {{months}} mois.',
	'feedback.next.brochureRequest':
		'Votre demande est transmise aujourd’hui à l’équipe de l’office, qui vous envoie les brochures par la poste.',
	'feedback.kind.brochureRequest': 'Demande de brochures',
	'feedback.kindWithArticle.brochureRequest': 'votre demande de brochures',
	'feedback.confirmation.backBrochures': 'Retour aux brochures',

	'contact.title': 'Nous contacter',
	'contact.byPhone': 'Par téléphone',
	'contact.byEmail': 'Par e-mail',
	'contact.byPost': 'Par courrier',
	'contact.inPerson': 'Dans nos bureaux',
	'contact.phoneNote': 'Le même numéro pour les six bureaux.',
	'contact.feedback': 'Votre avis nous aide',
	'contact.suggestionLink': 'Faire une suggestion',
	'contact.suggestionText':
		'Une idée pour améliorer notre accueil, le site ou la destination ? Une erreur dans une fiche ?',
	'contact.complaintLink': 'Faire une réclamation',
	'contact.complaintText':
		'Un problème avec un de nos bureaux, un prestataire ou un événement : nous vous répondons.',
	'contact.questionnaireLink': 'Donner votre avis sur votre visite',
	'contact.questionnaireText':
		'Quelques questions sur votre passage dans l’un de nos bureaux d’information.',

	'feedback.suggestion.title': 'Faire une suggestion',
	'feedback.complaint.title': 'Faire une réclamation',
	'feedback.questionnaire.title': 'Questionnaire de satisfaction',
	'feedback.field.topic': 'Votre suggestion concerne',
	'feedback.field.subject': 'Votre réclamation concerne',
	'feedback.field.officeId': 'Bureau d’information',
	'feedback.field.providerId': 'Prestataire',
	'feedback.field.page': 'Page du site concernée',
	'feedback.field.message': 'Votre suggestion',
	'feedback.field.eventName': 'Événement (nom et lieu)',
	'feedback.field.factsDate': 'Date des faits',
	'feedback.field.description': 'Que s’est-il passé ?',
	'feedback.field.expectation': 'Qu’attendez-vous de nous ?',
	'feedback.field.name': 'Votre nom',
	'feedback.field.email': 'Votre adresse e-mail',
	'feedback.field.phone': 'Votre téléphone',
	'feedback.field.consent':
		'J’accepte que l’office de tourisme me contacte pour répondre à ma réclamation',
	'feedback.field.visitDate': 'Date de votre visite',
	'feedback.field.heardFrom': 'Comment avez-vous connu la destination ?',
	'feedback.field.welcome': 'L’accueil',
	'feedback.field.information': 'La qualité et l’actualité des informations',
	'feedback.field.openingHours': 'Les horaires d’ouverture',
	'feedback.field.waitingTime': 'Le temps d’attente',
	'feedback.field.documentation': 'La documentation',
	'feedback.field.shop': 'La boutique',
	'feedback.field.wifi': 'Le Wi-Fi',
	'feedback.field.overall': 'Votre satisfaction générale',
	'feedback.field.recommend': 'Recommanderiez-vous la destination à votre entourage ?',
	'feedback.field.country': 'Pays de résidence',
	'feedback.field.departement': 'Département (si vous habitez en France)',
	'feedback.field.groupType': 'Vous voyagez',
	'feedback.field.groupSize': 'Nombre de personnes, vous compris',
	'feedback.field.comment': 'Un commentaire ?',
	'feedback.optional': 'facultatif',
	'feedback.requiredNote': 'Les champs marqués d’un astérisque (*) sont obligatoires.',
	'feedback.hint.page': 'Rempli pour vous quand vous venez d’un lien « Signaler une erreur ».',
	'feedback.hint.contactSuggestion':
		'Laissez votre nom et votre adresse e-mail si vous souhaitez une réponse.',
	'feedback.hint.contactComplaint':
		'Une adresse e-mail ou un numéro de téléphone au moins, pour que nous puissions vous répondre.',
	'feedback.hint.ratings':
		'De 1 (pas du tout satisfait) à 5 (très satisfait). Choisissez « Sans avis » pour un service que vous n’avez pas utilisé.',
	'feedback.hint.subjectTarget': 'Précisez selon votre choix ci-dessus :',
	'feedback.ratings': 'Vos notes',
	'feedback.aboutYou': 'Vous',
	'feedback.yourVisit': 'Votre visite',
	'feedback.contactDetails': 'Vos coordonnées',
	'feedback.rating.none': 'Sans avis',
	'feedback.rating.value': '{{value}} sur 5',
	'feedback.choose': 'Choisir…',
	'feedback.countriesFrequent': 'Pays les plus fréquents',
	'feedback.countriesAll': 'Tous les pays',
	'feedback.honeypot': 'Laissez ce champ vide',
	'feedback.send': 'Envoyer',
	'feedback.sending': 'Envoi en cours…',
	'feedback.about': 'À propos de : {{name}}',
	'feedback.reportError': 'Signaler une erreur dans cette fiche',
	'feedback.yes': 'Oui',
	'feedback.privacy.title': 'Vos données',
	'feedback.privacy.suggestion':
		'Votre suggestion est lue par l’équipe de l’Office de Tourisme des Cévennes au Mont Lozère, seule destinataire, pour améliorer ses services et ses informations. Votre nom et votre adresse, si vous les donnez, servent uniquement à vous répondre ; ils sont effacés {{months}} mois après réception, et le texte est ensuite conservé sans données personnelles pour nos statistiques.',
	'feedback.privacy.complaint':
		'Votre réclamation est reçue par l’équipe de l’office de tourisme, qui peut la transmettre au prestataire ou au bureau concerné pour la traiter. Vos coordonnées servent uniquement à vous répondre ; elles sont effacées {{months}} mois après réception, et la réclamation est ensuite conservée sans données personnelles pour nos statistiques.',
	'feedback.privacy.questionnaire':
		'Ce questionnaire est anonyme : il ne vous demande ni nom ni adresse. Vos réponses sont lues par l’équipe de l’office de tourisme et présentées, regroupées avec les autres, au groupe qualité de destination une fois par an.',
	'feedback.privacy.rights':
		'Pour consulter, corriger ou effacer vos données, écrivez-nous à {{email}}.',
	'feedback.confirmation.title': 'Merci, votre message est bien arrivé',
	'feedback.confirmation.referenceLabel': 'Votre numéro de référence',
	'feedback.confirmation.keep':
		'Notez-le : nous vous le demanderons si vous nous contactez à ce sujet.',
	'feedback.confirmation.mail':
		'Si vous avez donné votre adresse e-mail, un accusé de réception vous y est envoyé.',
	'feedback.confirmation.back': 'Retour à la page contact',
	'feedback.next.suggestion':
		'Votre suggestion est transmise à l’équipe de l’office dès aujourd’hui. Si vous avez laissé votre adresse, nous vous dirons quelle suite nous lui donnons.',
	'feedback.next.complaint':
		'Nous étudions votre réclamation, la transmettons si besoin au prestataire ou au bureau concerné, et vous répondons.',
	'feedback.next.complaintDays':
		'Nous étudions votre réclamation, la transmettons si besoin au prestataire ou au bureau concerné, et vous répondons dans un délai de {{days}} jours.',
	'feedback.next.questionnaire':
		'Vos réponses rejoignent la synthèse annuelle que nous présentons au groupe qualité de destination pour améliorer l’accueil dans nos bureaux.',
	'feedback.status.offline':
		'Vous êtes hors connexion. Votre message est gardé sur cet appareil et partira dès le retour de la connexion.',
	'feedback.status.draftRestored': 'Nous avons retrouvé le brouillon que vous aviez commencé.',
	'feedback.error.summary': 'À corriger :',
	'feedback.error.required': 'Ce champ est obligatoire.',
	'feedback.error.choice': 'Choisissez une des valeurs proposées.',
	'feedback.error.tooShort': 'Écrivez au moins {{min}} caractères.',
	'feedback.error.tooLong': '{{max}} caractères au maximum.',
	'feedback.error.type': 'Cette valeur n’est pas valide.',
	'feedback.error.invalid': 'Cette valeur n’est pas acceptée.',
	'feedback.error.characters': 'Ce texte contient des caractères que nous ne pouvons pas accepter.',
	'feedback.error.email': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
	'feedback.error.phone': 'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.',
	'feedback.error.date': 'Saisissez une date valide.',
	'feedback.error.dateFuture': 'Cette date est dans le futur.',
	'feedback.error.dateOld': 'Cette date remonte à plus de trois ans.',
	'feedback.error.page': 'Indiquez l’adresse d’une page de ce site, commençant par « / ».',
	'feedback.error.rating': 'Choisissez une note de 1 à 5.',
	'feedback.error.consent': 'Cochez cette case pour que nous puissions vous répondre.',
	'feedback.error.contact': 'Indiquez une adresse e-mail ou un numéro de téléphone.',
	'feedback.error.departement': 'Choisissez votre département.',
	'feedback.error.groupSize': 'Indiquez un nombre de 1 à 99.',
	'feedback.error.fields':
		'Votre message n’est pas encore parti : corrigez les champs signalés ci-dessous.',
	'feedback.error.honeypot':
		'Nous n’avons pas pu accepter le formulaire. Vérifiez-le et envoyez-le à nouveau.',
	'feedback.error.tooFast':
		'Vous avez envoyé le formulaire très vite : vérifiez-le, puis envoyez-le à nouveau.',
	'feedback.error.token':
		'Ce formulaire a expiré. Vos réponses sont conservées : envoyez-le à nouveau.',
	'feedback.error.rateLimit':
		'Trop de messages sont partis de votre connexion. Réessayez dans quelques minutes.',
	'feedback.error.malformed': 'La demande est mal formée.',
	'feedback.error.tooLarge': 'Le message est trop long.',
	'feedback.error.contentType': 'Ce format de données n’est pas accepté.',
	'feedback.error.unknownFields': 'Le formulaire contient des champs inconnus.',
	'feedback.error.unavailable':
		'Nos formulaires sont momentanément indisponibles. Rien n’est perdu : ce que vous avez écrit est gardé ici. Réessayez dans quelques minutes.',
	'feedback.error.idempotencyConflict':
		'Ce formulaire a déjà servi à envoyer un autre message. Rechargez la page pour en envoyer un nouveau : ce que vous avez écrit est gardé.',
	'feedback.error.server':
		'Une erreur est survenue de notre côté. Votre message est gardé sur cet appareil : réessayez dans quelques minutes.',
	'feedback.topic.office': 'Un bureau d’information',
	'feedback.topic.provider': 'Un prestataire (hébergement, restaurant, activité…)',
	'feedback.topic.event': 'Un événement',
	'feedback.topic.website': 'Le site internet',
	'feedback.topic.territory': 'Le territoire (sentiers, signalétique, villages…)',
	'feedback.topic.other': 'Autre chose',
	'feedback.subject.office': 'Un bureau d’information',
	'feedback.subject.provider': 'Un prestataire présent sur le site',
	'feedback.subject.event': 'Un événement',
	'feedback.subject.other': 'Autre chose',
	'feedback.heardFrom.returning': 'Je suis déjà venu(e)',
	'feedback.heardFrom.word-of-mouth': 'Le bouche-à-oreille',
	'feedback.heardFrom.search-engine': 'Une recherche sur internet',
	'feedback.heardFrom.social-media': 'Les réseaux sociaux',
	'feedback.heardFrom.guidebook': 'Un guide de voyage',
	'feedback.heardFrom.press': 'La presse, la radio ou la télévision',
	'feedback.heardFrom.brochure': 'Une brochure de l’office de tourisme',
	'feedback.heardFrom.trade-fair': 'Un salon',
	'feedback.heardFrom.passing-through': 'Par hasard, de passage',
	'feedback.heardFrom.other': 'Autre',
	'feedback.group.alone': 'Seul(e)',
	'feedback.group.couple': 'En couple',
	'feedback.group.family': 'En famille',
	'feedback.group.friends': 'Entre amis',
	'feedback.group.organised-group': 'En groupe organisé',
	'feedback.recommend.yes': 'Oui',
	'feedback.recommend.no': 'Non',
	'feedback.kind.suggestion': 'Suggestion',
	'feedback.kind.complaint': 'Réclamation',
	'feedback.kind.questionnaire': 'Questionnaire',
	'feedback.kindWithArticle.suggestion': 'votre suggestion',
	'feedback.kindWithArticle.complaint': 'votre réclamation',
	'feedback.kindWithArticle.questionnaire': 'vos réponses au questionnaire',
	'feedback.error.link': 'Indiquez une adresse web complète, commençant par https://.',
	'feedback.language.fr': 'français',
	'feedback.language.en': 'anglais',
	'feedback.mail.office.received': '{{kind}} {{reference}}, reçue le {{date}}.',
	'feedback.mail.office.due': 'À traiter avant le {{date}}.',
	'feedback.mail.office.open': 'Ouvrir dans l’espace équipe : {{url}}',
	'feedback.mail.office.language': 'Langue du formulaire : {{language}}.',
	'feedback.mail.ack.subject': 'Nous avons bien reçu votre message ({{reference}})',
	'feedback.mail.ack.greeting': 'Bonjour,',
	'feedback.mail.ack.received':
		'Nous avons bien reçu {{kind}}, le {{date}}. Sa référence : {{reference}}.',
	'feedback.mail.ack.privacy':
		'Vos coordonnées servent uniquement à vous répondre ; elles sont effacées {{months}} mois après réception.',
	'feedback.mail.reply.subject': 'Réponse à votre message {{reference}}',
	'feedback.mail.reply.about': 'En réponse à votre message {{reference}} du {{date}}.',
	'feedback.mail.forward.subject': '{{kind}} {{reference}} transmise par l’office de tourisme',
	'feedback.mail.forward.intro':
		'L’office de tourisme vous transmet ce message reçu le {{date}} ({{kind}}, référence {{reference}}) :',
	'feedback.mail.forward.reply':
		'Pour y donner suite, répondez à ce message : votre réponse parviendra à l’office, qui répondra au visiteur.',
	'feedback.mail.reminder.subject':
		'Rappel — réclamations à traiter : {{count}}, dont en retard : {{overdue}}',
	'feedback.mail.reminder.intro':
		'Réclamations à traiter dont la réponse est due dans la journée ou déjà en retard (les retards d’abord) :',
	'feedback.mail.reminder.due': 'réponse due le {{date}}',
	'feedback.mail.reminder.late': '(en retard)',
	'feedback.mail.digest.subject': 'Suggestions reçues : {{count}}',
	'feedback.mail.digest.intro': 'Suggestions reçues depuis le dernier récapitulatif : {{count}}.',

	'newsletter.title': 'Le programme de la quinzaine par e-mail',
	'newsletter.field.email': 'Votre adresse e-mail',
	'newsletter.field.language': 'Langue du programme',
	'newsletter.language.fr': 'Français',
	'newsletter.language.en': 'Anglais',
	'newsletter.field.sectors': 'Les secteurs qui vous intéressent',
	'newsletter.hint.sectors': 'Cochez-en au moins un.',
	'newsletter.field.consent':
		'J’accepte de recevoir le programme de la quinzaine par e-mail. Je pourrai me désinscrire à tout moment.',
	'newsletter.consent.before':
		'Nous gardons votre adresse, votre langue et vos secteurs tant que vous êtes inscrit, pour vous envoyer le programme, et rien d’autre. Chaque e-mail contient un lien de désinscription. Détails dans notre',
	'newsletter.consent.privacyLink': 'politique de confidentialité',
	'newsletter.send': 'Je m’inscris',
	'newsletter.sending': 'Envoi…',
	'newsletter.sent.title': 'Vérifiez votre boîte aux lettres',
	'newsletter.sent.text':
		'Si cette adresse peut recevoir le programme, un e-mail vient de lui être envoyé. Ouvrez-le et cliquez sur le lien qu’il contient pour confirmer votre inscription.',
	'newsletter.sent.expires':
		'Le lien fonctionne pendant {{hours}} heures ; sans confirmation, votre adresse est ensuite effacée.',
	'newsletter.sent.spam':
		'Rien reçu d’ici quelques minutes ? Regardez dans le dossier des indésirables, ou inscrivez-vous de nouveau.',
	'newsletter.error.sectors': 'Cochez au moins un secteur.',
	'newsletter.error.consent': 'Cochez cette case pour recevoir le programme.',
	'newsletter.error.fields':
		'Votre inscription n’est pas encore enregistrée : corrigez les champs signalés ci-dessous.',
	'newsletter.summary.consent': 'Accord pour recevoir le programme',
	'newsletter.summary.item': '{{label}} : {{message}}',
	'newsletter.error.server':
		'Une erreur est survenue de notre côté. Ce que vous avez saisi est gardé : réessayez dans quelques minutes.',
	'newsletter.confirm.description':
		'Confirmation de votre inscription au programme de la quinzaine envoyé par e-mail par l’office de tourisme.',
	'newsletter.confirm.ready.title': 'Confirmer votre inscription',
	'newsletter.confirm.ready.text':
		'Un dernier geste : confirmez que vous souhaitez recevoir le programme de la quinzaine à cette adresse.',
	'newsletter.confirm.button': 'Confirmer mon inscription',
	'newsletter.confirm.unavailable.title': 'Service momentanément indisponible',
	'newsletter.confirm.unavailable.text':
		'Nous ne pouvons pas confirmer d’inscription pour l’instant. Votre lien reste valable {{hours}} heures : rouvrez-le dans quelques minutes.',
	'newsletter.unsubscribe.unavailable.title': 'Service momentanément indisponible',
	'newsletter.unsubscribe.unavailable.text':
		'Nous ne pouvons désinscrire personne pour l’instant. Votre lien reste valable : rouvrez-le dans quelques minutes, ou écrivez-nous à {{email}}.',
	'newsletter.confirm.confirmed.title': 'Inscription confirmée',
	'newsletter.confirm.confirmed.text':
		'Merci ! Vous recevrez le prochain programme de la quinzaine. Chaque e-mail contient un lien pour vous désinscrire.',
	'newsletter.confirm.already.title': 'Inscription déjà confirmée',
	'newsletter.confirm.already.text':
		'Cette inscription était déjà confirmée : vous n’avez rien d’autre à faire.',
	'newsletter.confirm.invalid.title': 'Ce lien n’est pas valable',
	'newsletter.confirm.invalid.text':
		'Ce lien a été modifié ou est incomplet : nous ne pouvons pas confirmer d’inscription avec lui. Ouvrez le lien tel qu’il figure dans l’e-mail (copiez-le en entier), ou inscrivez-vous de nouveau.',
	'newsletter.confirm.expired.title': 'Ce lien a expiré',
	'newsletter.confirm.expired.text':
		'Un lien de confirmation fonctionne {{hours}} heures. Inscrivez-vous de nouveau : vous recevrez un nouveau lien.',
	'newsletter.confirm.gone.title': 'Aucune inscription en attente',
	'newsletter.confirm.gone.text':
		'Nous ne trouvons pas d’inscription pour ce lien : elle a peut-être expiré sans être confirmée, ou l’adresse a été désinscrite. Vous pouvez vous inscrire de nouveau.',
	'newsletter.again': 'S’inscrire au programme',
	'newsletter.unsubscribe.description':
		'Désinscription du programme de la quinzaine envoyé par e-mail par l’office de tourisme des Cévennes au Mont Lozère.',
	'newsletter.unsubscribe.ready.title': 'Se désinscrire',
	'newsletter.unsubscribe.ready.text':
		'Vous ne recevrez plus le programme de la quinzaine, et nous effacerons votre adresse.',
	'newsletter.unsubscribe.button': 'Me désinscrire',
	'newsletter.unsubscribe.done.title': 'Vous êtes désinscrit',
	'newsletter.unsubscribe.done.text':
		'Votre adresse est effacée : vous ne recevrez plus le programme. Vous pouvez vous réinscrire quand vous voulez.',
	'newsletter.unsubscribe.invalid.title': 'Ce lien n’est pas valable',
	'newsletter.unsubscribe.invalid.text':
		'Ce lien a été modifié ou est incomplet : nous ne pouvons désinscrire personne avec lui. Ouvrez le lien tel qu’il figure dans l’e-mail, ou écrivez-nous à {{email}}.',
	'newsletter.unsubscribe.gone.title': 'Vous n’êtes pas inscrit',
	'newsletter.unsubscribe.gone.text':
		'Cette adresse ne reçoit pas (ou plus) le programme : il n’y a rien à faire.',
	'newsletter.footerLink': 'Le programme par e-mail',
	'newsletter.agendaLink': 'Recevoir le programme tous les quinze jours par e-mail',
	'newsletter.mail.greeting': 'Bonjour,',
	'newsletter.mail.confirm.subject': 'Confirmez votre inscription au programme de la quinzaine',
	'newsletter.mail.confirm.intro':
		'Quelqu’un, sans doute vous, a demandé à recevoir à cette adresse le programme de la quinzaine de l’office de tourisme.',
	'newsletter.mail.confirm.action': 'Pour confirmer, ouvrez ce lien :',
	'newsletter.mail.confirm.expires':
		'Ce lien fonctionne jusqu’au {{date}}. Sans confirmation, votre adresse sera effacée.',
	'newsletter.mail.confirm.ignore':
		'Si vous n’avez rien demandé, ignorez ce message : vous ne recevrez rien d’autre.',
	'newsletter.mail.already.subject': 'Vous êtes déjà inscrit au programme de la quinzaine',
	'newsletter.mail.already.intro':
		'Quelqu’un, sans doute vous, a demandé à inscrire cette adresse au programme de la quinzaine : elle l’est déjà, rien ne change.',
	'newsletter.mail.already.change':
		'Pour changer de langue ou de secteurs, désinscrivez-vous avec le lien ci-dessous, puis inscrivez-vous de nouveau.',
	'newsletter.mail.unsubscribe': 'Pour vous désinscrire :',
} as const satisfies Record<string, string>;
