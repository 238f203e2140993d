// The guides to registering the owner's own developer app (shared/own-app-guides), in English:
// each step and what each permission is for, by network. Portal names (“User authentication
// settings”, “Community Management API”) are spelled as the portals spell them.
export const OWN_APP_GUIDE_MESSAGES = {
  x: {
    steps: {
      signUp:
        'Go to developer.x.com and sign in with the X account you post as. If X asks, sign up for a developer account; the Free plan can post, but cannot read your posts back, so after a lost answer Cadence asks you whether a post went out.',
      createApp:
        'In the Developer Portal, create a Project and an App inside it. Any name will do, such as “Cadence for Rosa’s Bakery”.',
      userAuthentication: 'Open the app’s settings and, under “User authentication settings”, choose Set up.',
      permissions: 'Under App permissions, choose “Read and write”.',
      appType:
        'Under Type of App, choose “Native App”: Cadence then needs only the Client ID. (“Web App, Automated App or Bot” works too; it also gives a Client Secret, which Cadence keeps in your computer’s keychain.)',
      callback:
        'Under Callback URI / Redirect URL, paste this address exactly. X compares it letter for letter, port included, so do not change it to “localhost”:',
      website: 'Under Website URL, enter your business’s website (X requires one), then save.',
      keys: 'Open “Keys and tokens” and copy the OAuth 2.0 Client ID (and the Client Secret, for a Web App) into the fields below. The API Key and Secret above them are for something else.',
      signIn:
        'Choose Test connection, then Sign in with X. Your browser opens X: check the account and choose “Authorize app”. Cadence listens on this computer at port {{port}} only while you sign in; if another program uses that port, close it and connect again.',
    },
    scopes: {
      tweetRead: 'read your posts, to check whether a post went out',
      tweetWrite: 'publish your posts and replies',
      usersRead: 'read your handle, name, picture and follower count',
      offlineAccess: 'stay connected without signing in every two hours',
      mediaWrite: 'upload your photos',
    },
  },
  meta: {
    steps: {
      createApp:
        'Go to developers.facebook.com/apps and sign in with the Facebook account that manages your Page. If Meta asks, register as a developer (it is free). Choose Create App.',
      nameApp:
        'Give the app a name, such as “Cadence for Rosa’s Bakery”, and your email. When Meta asks what the app should do, choose “Other”, then the app type “Business”. If it asks for a business portfolio, choose yours, or continue without one.',
      facebookLogin:
        'On the app’s dashboard, set up “Facebook Login for Business” (Meta may call it “Facebook Login”). Open its Settings and, under “Valid OAuth Redirect URIs”, paste this address exactly, then save. Meta compares it letter for letter, port included:',
      instagram:
        'For Instagram, also set up the “Instagram” product with Facebook Login. Your Instagram account must be a professional account (Business or Creator) linked to your Facebook Page: in Instagram, Settings → Account type and tools, then link it from your Page’s settings.',
      developmentMode:
        'Leave the app in Development mode. In that mode it works only for people with a role on the app, which is you, so Meta needs no review; it is also the only mode in which Meta sends the sign-in back to an address on this computer.',
      keys: 'Open App settings → Basic and copy the App ID and the App Secret (choose Show) into the fields below. Cadence keeps the secret in your computer’s keychain.',
      signIn:
        'Choose Test connection, then Sign in with Facebook. Facebook opens in your browser: continue as yourself, tick the Pages and Instagram accounts Cadence may use, and allow every permission listed below. Cadence listens on this computer at port {{port}} only while you sign in. Back in Cadence, choose which Page and Instagram account to connect.',
      renewal:
        'Facebook’s sign-in lasts about 60 days. Cadence renews it before then; if Facebook refuses, the calendar shows which posts are at risk and when to reconnect.',
      imageNote:
        'Instagram fetches your images from the internet, so Cadence first uploads them to your Facebook Page as unpublished photos, which only Page admins can see, and deletes them after posting.',
    },
    scopes: {
      pagesShowList: 'list the Pages you manage, so you can choose which to connect',
      pagesReadEngagement:
        'read your Page’s name, follower count and recent posts (to check whether a post went out), and where Facebook keeps the photos Cadence uploads for Instagram',
      pagesManagePosts:
        'publish posts and photos on your Page, and upload and remove the unpublished photos Instagram fetches',
      pagesReadUserContent: 'read the comments people leave on your Page’s posts',
      pagesManageEngagement: 'answer those comments from Cadence’s inbox',
      instagramBasic: 'read your Instagram account’s name, follower count and recent posts',
      instagramContentPublish:
        'publish photos and carousels on Instagram, and read how many posts it still takes today',
      instagramManageComments: 'read and answer the comments on your Instagram posts',
      businessManagement:
        'find your Page and Instagram account when they belong to a business portfolio (Meta Business Suite puts them in one)',
    },
  },
  threads: {
    steps: {
      createApp:
        'Go to developers.facebook.com/apps and sign in with the Facebook account linked to your Instagram and Threads profile. Choose Create app.',
      nameApp:
        'Name the app (for example “Cadence for Rosa’s Bakery”), and under Use cases choose “Access the Threads API”. Finish creating the app; it stays in development mode, which is all Cadence needs to post to your own profile.',
      permissions:
        'Open Use cases → Access the Threads API → Customize. Under Permissions, add threads_content_publish, threads_manage_insights, threads_manage_replies and threads_read_replies (threads_basic is already there).',
      callback:
        'Open Settings in the same use case. Under Redirect Callback URLs, paste this address exactly (Threads only takes https addresses). Paste it under Uninstall Callback URL and Delete Callback URL too, then save:',
      tester:
        'Open App roles → Roles → Add People, choose Threads Tester and enter your Threads username. Then, in the Threads app, open Settings → Account → Website permissions → Invites and accept the invitation.',
      keys: 'Open App settings → Basic and copy the Threads App ID and the Threads App Secret into the fields below (not the Facebook App ID above them).',
      signIn:
        'Choose Test connection, then Sign in with Threads. Your browser opens Threads: check the profile and choose Allow. The browser then stops on a page that says it cannot connect. That is expected: copy the whole address from the address bar (it starts with {{start}}) and paste it into Cadence.',
      photos:
        'Photos: Threads only takes a photo from a public web address. When a Facebook Page is connected in Cadence, Cadence uploads each photo to that Page as an unpublished photo (it does not appear on the Page), gives Threads its address, and deletes it once Threads has it. Without a connected Facebook Page, Cadence posts text only to Threads.',
    },
    scopes: {
      threadsBasic: 'read your Threads profile and your posts, to check whether a post went out',
      threadsContentPublish: 'publish your posts',
      threadsManageInsights: 'read your follower count',
      threadsManageReplies: 'publish your answers to replies',
      threadsReadReplies: 'read the replies to your posts',
    },
  },
  linkedin: {
    steps: {
      createApp:
        'Go to linkedin.com/developers/apps, sign in with the LinkedIn account you post as, and choose Create app.',
      nameApp:
        'Name the app (for example “Cadence for Rosa’s Bakery”) and pick your business’s LinkedIn Page as its company (LinkedIn asks for one). Add a logo, agree to the terms and create the app. If LinkedIn asks, have a Page admin verify the app under Settings → Verify.',
      products:
        'Open Products and add “Share on LinkedIn” and “Sign In with LinkedIn using OpenID Connect”. LinkedIn grants both at once.',
      communityManagement:
        'To post as your company Page as well, also request the “Community Management API” product. LinkedIn reviews that request and answers by email; until it is granted, Cadence posts as you only, and LinkedIn may refuse to sign Cadence in while the app asks for it, so connect again once it is granted.',
      redirect:
        'Open Auth. Under OAuth 2.0 settings → Authorized redirect URLs for your app, add this address exactly. LinkedIn compares it letter for letter, port included:',
      keys: 'On the same Auth page, copy the Client ID and the Primary Client Secret into the fields below. Cadence keeps the secret in your computer’s keychain.',
      signIn:
        'Choose Test connection, then Sign in with LinkedIn. Your browser opens LinkedIn: check the account and choose Allow. Cadence listens on this computer at port {{port}} only while you sign in; if another program uses that port, close it and connect again.',
      renewal:
        'LinkedIn’s sign-in lasts 60 days. If LinkedIn allowed your app refresh tokens, Cadence renews it by itself for up to a year; otherwise the calendar tells you ahead of time when to reconnect.',
    },
    scopes: {
      openid: 'know which LinkedIn member signed in',
      profile: 'read your name and picture',
      wMemberSocial: 'publish your posts as you',
      wOrganizationSocial: 'publish posts as the Pages you run',
      rOrganizationSocial: 'read your Pages’ posts, to check whether a post went out',
      rwOrganizationAdmin: 'list the Pages you run, with their names and follower counts',
    },
  },
} as const;
