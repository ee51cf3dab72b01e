# The catalog's packages, meetings and allowances. Keys match storage/catalog/*.toml.

package-oura-launch-kit = Oura Launch Kit
package-oura-pro-lite = Oura Pro Lite Success
package-oura-premium = Oura Premium Success
package-cloudcare-support = CloudCare CRM support agreement
package-versatel-care-free = 1&1 Care Free Package
package-versatel-remote-setup = 1&1 Remote setup by time
package-versatel-training-hardware = 1&1 Remote user training – hardware device
package-versatel-training-client = 1&1 Remote user training – client
package-versatel-training-hybrid = 1&1 Remote user training – hybrid
package-versatel-training-admin = 1&1 Remote admin training
package-versatel-onsite-working-hours = 1&1 Onsite appointment within working hours
package-versatel-onsite-outside-hours = 1&1 Onsite appointment outside working hours

package-oura-launch-kit-description =
    For 90 days an account manager supports your successful start: onboarding, logistics, distribution and general product questions. Our technical support team is there for you as well.
    Within the first 90 days of the contract you have up to 4 hours of training and consulting with an account manager, usable for the kick-off meeting, the deployment meeting and the software training.
package-oura-pro-lite-description =
    A dedicated Customer Success Manager supports you for the contract term with onboarding, logistics, distribution and general product questions.
    Over the term you have up to 2 hours of training and consulting meetings, plus 4 quarterly project status reviews with your Customer Success Manager, a Customer Success Engineer and/or a Training and Development Specialist.
package-oura-premium-description =
    Our highest service level: a dedicated Customer Success Manager supports you for the contract term with onboarding, logistics, distribution and general product questions.
    Over the term you have up to 2 hours of training and consulting meetings, plus 12 monthly project status reviews with your Customer Success Manager, a Customer Success Engineer and/or a Training and Development Specialist.
package-cloudcare-support-description =
    Support for your CRM users and your IT operations provider by phone, e-mail or chat. Consulting work is not included: if support turns into training or consulting, we tell you and bill the time at your lower standard rate.
    One annual status meeting is included to evaluate your use of the CRM and find new opportunities. There is no guaranteed response time; requests are prioritised by severity, and "no access to the CRM" comes first.
package-versatel-care-free-description =
    Welcome mail and welcome call, registration of devices bought or rented from 1&1 Versatel, remote setup of the devices and of the Cloud PBX, an admin walkthrough and a client/device walkthrough, change requests and support questions for 30 days.
package-versatel-remote-setup-description =
    An individual setup of your phone system together with you, by screen sharing or after a preliminary call. Billed per started hour.
package-versatel-training-hardware-description =
    A 1-hour remote introduction to the hardware devices (forwarding and picking up calls, BLF functions, joining and leaving groups), per 20 users.
package-versatel-training-client-description =
    A 2-hour remote course on the softclient: signing in, calls, meetings, chat and all user settings, per 20 users.
package-versatel-training-hybrid-description =
    A 3-hour remote hybrid workshop for teams using both phones and the softclient, per 20 users.
package-versatel-training-admin-description =
    A 5-hour remote workshop for 1 to 2 admins: the admin portal, users, phones and clients, call routing and changing settings.
package-versatel-onsite-working-hours-description =
    An onsite appointment of at least one day in Germany, Monday to Friday between 8:00 and 18:00, travel costs included. It is planned with you in advance.
package-versatel-onsite-outside-hours-description =
    An onsite appointment of at least one day in Germany outside working hours (weekdays 18:00 to 8:00, weekends and public holidays), travel costs included. It is planned with you in advance.

meeting-kickoff = Kick-off meeting
meeting-deployment = Deployment meeting
meeting-software_training = Software training
meeting-status_review = Project status review
meeting-status_meeting = Annual status meeting
meeting-consulting = Consulting hour
meeting-welcome_call = Welcome call
meeting-admin_walkthrough = Admin walkthrough
meeting-device_walkthrough = Client and device walkthrough
meeting-remote_setup = Remote setup by time
meeting-training_hardware = User training – hardware device
meeting-training_client = User training – client
meeting-training_hybrid = User training – hybrid
meeting-training_admin = Admin training
meeting-onsite_working_hours = Onsite appointment within working hours
meeting-onsite_outside_hours = Onsite appointment outside working hours

allowance-pool = Training and consulting hours
allowance-status_reviews = Project status reviews
allowance-status_meeting = Annual status meeting
allowance-welcome_call = Welcome call
allowance-admin_walkthrough = Admin walkthrough
allowance-device_walkthrough = Client and device walkthrough
allowance-change_requests = Change requests
allowance-support_questions = Support questions
allowance-training_hardware = Hardware device user training sessions
allowance-training_client = Client user training sessions
allowance-training_hybrid = Hybrid user training sessions
allowance-training_admin = Admin training sessions
allowance-onsite_working_hours = Onsite days within working hours
allowance-onsite_outside_hours = Onsite days outside working hours

role-account_manager = account manager
role-customer_success_manager = Customer Success Manager
role-support_team = support contact
role-consultant = consultant

channel-chat = chat
channel-email = e-mail
channel-phone = phone
