/**
 * Passwords that guessing attacks try first (top of public breach lists, plus Vietnamese favourites).
 * Compared lower-cased. Deliberately small: length ≥ 10 already excludes most of the long lists.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '0123456789', '0987654321', '9876543210', '1111111111', '0000000000',
  '1234512345', '1122334455', '1qaz2wsx3edc', 'qwertyuiop', 'qwertyuiop123', 'qwerty123456', 'asdfghjkl1',
  'password12', 'password123', 'password1234', 'passw0rd123', 'iloveyou12', 'iloveyou123', 'abcd123456',
  'abc1234567', 'a123456789', '123456789a', '123456789q', 'q123456789', 'qwe1234567', 'zxcvbnm123',
  'football12', 'baseball12', 'princess12', 'sunshine12', 'dragon1234', 'monkey1234', 'letmein123',
  'welcome123', 'admin12345', 'administrator', 'changeme123', 'trustno1234', 'superman12', 'starwars12',
  'matkhau123', 'matkhau1234', 'matkhaumoi', 'anhyeuem123', 'emyeuanh123', 'anhyeuem1234', 'vietnam123',
  'vietnam1234', 'hanoi12345', 'saigon1234', 'ocopmarket', 'ocopmarket1', 'ocop123456', 'khongbiet',
  'khongcopass', 'matkhaucuatoi', '12345678900', '1234567899', '1234567891', '123123123123', '123456123456',
]);
