/**
 * `privacy-and-safety`: Personal data, travel plans, locations and photos of people that put someone at risk.
 * Each check is a small function in its own file; word lists are in `words.ts`, patterns in `patterns.ts`.
 */
import { defineRule } from '../../src/rule-kit/index.js';
import { options, type Options } from './options.js';
import { phoneNumber } from './phone-number.js';
import { emailAddress } from './email-address.js';
import { homeAddress } from './home-address.js';
import { idNumber } from './id-number.js';
import { financialNumber } from './financial-number.js';
import { dateOfBirth } from './date-of-birth.js';
import { travelPlan } from './travel-plan.js';
import { location } from './location.js';
import { photoOfChild } from './photo-of-child.js';
import { photoOfPerson } from './photo-of-person.js';
import { imageLocation, imageUnchecked } from './image-location.js';
import { personalDetails } from './personal-details.js';

export default defineRule<Options>({
  meta: {
    id: 'privacy-and-safety',
    section: 'Keep Safety and Security in mind, respect privacy',
    description: 'Personal data, travel plans, locations and photos of people that put someone at risk.',
    guidance:
      'Protect people: do not reveal private details about yourself, colleagues or the people the organisation serves, above all in operational settings. Never publish travel plans or personal details such as a home address, follow the office security rules, and only share photos or videos of people who agreed to it, with extra care for children.',
    messages: {
      personalPhone: 'Personal phone number "{{phone}}": share an official line of the office instead, or leave it out.',
      personalEmail: 'Personal e-mail address "{{email}}": give an official address of the organisation instead, or leave it out.',
      homeAddress: 'Home address "{{address}}": never publish where someone lives; name the town or district at most.',
      streetAddress:
        'Street address "{{address}}": if someone lives there, leave it out; if it is a public building, say so in the text or list it in settings.organization.officialAddresses.',
      idNumber: '{{kind}} number "{{value}}": identity numbers let others impersonate or track a person; leave it out.',
      iban: 'IBAN "{{value}}": bank details are private; leave them out and share them only through a secure channel.',
      paymentCard: '{{scheme}} card number "{{value}}": card numbers are private; remove it, and have the card blocked if it is real.',
      bankAccount: 'Bank account number "{{value}}": bank details are private; leave them out and share them only through a secure channel.',
      dateOfBirth: 'Date of birth "{{date}}": a full birth date helps identity theft; leave it out or give the year at most.',
      flightNumber: 'Flight number "{{flight}}" in a travel plan: never publish staff travel details; post about a trip after it is over.',
      travelPlan: 'Upcoming movement of staff: never publish where people will travel or when; post about the trip after it is over, without dates or routes.',
      hotelRoom: 'Hotel room "{{room}}": never publish where staff are staying; leave the room and the hotel out.',
      convoyMovement: 'Convoy movement with a route or a time: never publish convoy routes or timings; follow the office security rules.',
      coordinates: 'GPS coordinates or a precise location code: never publish the exact position of staff, sites or people; remove them.',
      mapLink: 'Map link that pins a location: never publish where staff live, stay or work in the field; remove the link.',
      siteLocation:
        'Compound, guesthouse, base or office described so that it can be found: leave out directions, landmarks and distances; follow the office security rules.',
      staffLocation: 'Where staff are staying or are right now: never publish current whereabouts; post after you have left, without the exact place.',
      childPhoto:
        'Photo of a child ("{{what}}") with no consent note: publish it only with a parent\'s or guardian\'s consent and say so next to the photo, or leave it out.',
      vulnerablePhoto:
        'Photo of an identifiable vulnerable person ("{{what}}") with no consent note: make sure they agreed and say so next to the photo, or make them unidentifiable.',
      imageGps: 'Image "{{file}}" carries a GPS position in its EXIF data: strip the location metadata before publishing.',
      imageMissing: 'Image "{{file}}" was not found, so its location metadata could not be checked: fix the path or check the file by hand.',
      imageUnreadable: 'Image "{{file}}" could not be read, so its location metadata could not be checked: check the file by hand.',
      personalDetail:
        'Private {{kind}} details about "{{name}}": do not share a person\'s health, family, home or travel details without their consent; leave them out.',
    },
    checks: {
      'phone-number': { description: 'Personal phone numbers (validated with libphonenumber-js), in prose and in tel: or WhatsApp links.', severity: 'error', messages: ['personalPhone'] },
      'email-address': { description: 'Personal e-mail addresses; addresses on the organisation\'s domains and team mailboxes are official.', severity: 'error', messages: ['personalEmail'] },
      'home-address': { description: 'Home and street addresses, in English and in forms common where staff serve; public buildings excepted.', severity: 'error', messages: ['homeAddress', 'streetAddress'] },
      'id-number': { description: 'Passport, national ID, social security, refugee registration and other identity numbers next to their label.', severity: 'error', messages: ['idNumber'] },
      'financial-number': { description: 'IBANs (checksum), payment card numbers (Luhn) and bank account numbers.', severity: 'error', messages: ['iban', 'paymentCard', 'bankAccount'] },
      'date-of-birth': { description: 'Full dates of birth in context.', severity: 'error', messages: ['dateOfBirth'] },
      'travel-plan': { description: 'Upcoming or current movements, flight numbers, hotel rooms, convoy routes and timings.', severity: 'error', messages: ['flightNumber', 'travelPlan', 'hotelRoom', 'convoyMovement'] },
      location: { description: 'GPS coordinates, map links, sites described so they can be found, and where staff are right now.', severity: 'error', messages: ['coordinates', 'mapLink', 'siteLocation', 'staffLocation'] },
      'photo-of-child': { description: 'Images showing children with no consent note next to them.', severity: 'error', messages: ['childPhoto'] },
      'photo-of-person': { description: 'Images showing identifiable vulnerable adults with no consent note next to them.', severity: 'warn', messages: ['vulnerablePhoto'] },
      'image-location': { description: 'Local images whose EXIF data holds a GPS position.', severity: 'error', messages: ['imageGps'] },
      'image-unchecked': { description: 'Local images that could not be found or read, so their metadata was not checked.', severity: 'warn', messages: ['imageMissing', 'imageUnreadable'] },
      'personal-details': { description: 'A named person together with their health, family, home or travel details.', severity: 'error', messages: ['personalDetail'] },
    },
    options,
  },
  checks: {
    'phone-number': phoneNumber,
    'email-address': emailAddress,
    'home-address': homeAddress,
    'id-number': idNumber,
    'financial-number': financialNumber,
    'date-of-birth': dateOfBirth,
    'travel-plan': travelPlan,
    location,
    'photo-of-child': photoOfChild,
    'photo-of-person': photoOfPerson,
    'image-location': imageLocation,
    'image-unchecked': imageUnchecked,
    'personal-details': personalDetails,
  },
});
