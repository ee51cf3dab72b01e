# Paquetes, reuniones y asignaciones del catálogo. Las claves coinciden con storage/catalog/*.toml.

package-oura-launch-kit = Kit de lanzamiento de Oura
package-oura-pro-lite = Paquete Pro Lite de Oura
package-oura-premium = Paquete Premium de Oura
package-cloudcare-support = Acuerdo de soporte de CloudCare CRM
package-versatel-care-free = Paquete Care Free de 1&1
package-versatel-remote-setup = Configuración remota por horas de 1&1
package-versatel-training-hardware = Formación remota de usuarios de 1&1 – dispositivo
package-versatel-training-client = Formación remota de usuarios de 1&1 – cliente
package-versatel-training-hybrid = Formación remota de usuarios de 1&1 – híbrida
package-versatel-training-admin = Formación remota de administradores de 1&1
package-versatel-onsite-working-hours = Cita presencial de 1&1 en horario laboral
package-versatel-onsite-outside-hours = Cita presencial de 1&1 fuera del horario laboral

package-oura-launch-kit-description =
    Durante 90 días tendrás acceso a un gestor de cuentas que te ayudará con la incorporación, la logística y la distribución, y te aclarará las dudas generales sobre el producto. También tendrás acceso a nuestro equipo de asistencia técnica.
    Durante los primeros 90 días de vigencia del contrato dispondrás de hasta cuatro (4) horas de formación y asesoramiento con un gestor de cuentas, para la reunión inicial, la reunión de implementación y la formación sobre software.
package-oura-pro-lite-description =
    Durante el plazo establecido en el contrato, un gestor personal de Customer Success te ayudará con la incorporación, la logística y la distribución, y te aclarará las dudas generales sobre el producto.
    Durante el contrato dispondrás de hasta dos (2) horas de sesiones de formación y asesoramiento y de cuatro (4) comprobaciones trimestrales del estado del proyecto con tu gestor de Customer Success, un ingeniero de Customer Success y/o un especialista en formación y desarrollo.
package-oura-premium-description =
    Nuestro nivel más alto de asistencia: durante el plazo establecido en el contrato, un gestor personal de Customer Success te ayudará con la incorporación, la logística y la distribución, y te aclarará las dudas generales sobre el producto.
    Durante el contrato dispondrás de hasta dos (2) horas de sesiones de formación y asesoramiento y de 12 comprobaciones mensuales del estado del proyecto con tu gestor de Customer Success, un ingeniero de Customer Success y/o un especialista en formación y desarrollo.
package-cloudcare-support-description =
    Soporte para los usuarios de tu CRM y para tu proveedor de operaciones de TI por teléfono, correo electrónico o chat. La consultoría no está incluida: si el soporte se convierte en formación o consultoría, te avisamos y facturamos el tiempo a tu tarifa estándar reducida.
    Incluye una reunión anual de estado para evaluar el uso del CRM y encontrar nuevas oportunidades. No hay un tiempo de respuesta garantizado; las solicitudes se priorizan según su gravedad y "sin acceso al CRM" va primero.
package-versatel-care-free-description =
    Correo y llamada de bienvenida, registro de los dispositivos comprados o alquilados a 1&1 Versatel, configuración remota de los dispositivos y de la Cloud PBX, recorrido para administradores y recorrido de cliente y dispositivos, solicitudes de cambio y preguntas de soporte durante 30 días.
package-versatel-remote-setup-description =
    Una configuración individual de tu centralita junto contigo, compartiendo pantalla o tras una llamada previa. Se factura por cada hora iniciada.
package-versatel-training-hardware-description =
    Una introducción remota de 1 hora a los dispositivos (desviar y capturar llamadas, funciones BLF, entrar y salir de grupos), por cada 20 usuarios.
package-versatel-training-client-description =
    Un curso remoto de 2 horas sobre el softclient: inicio de sesión, llamadas, reuniones, chat y todos los ajustes de usuario, por cada 20 usuarios.
package-versatel-training-hybrid-description =
    Un taller híbrido remoto de 3 horas para equipos que usan teléfonos y el softclient, por cada 20 usuarios.
package-versatel-training-admin-description =
    Un taller remoto de 5 horas para 1 o 2 administradores: el portal de administración, usuarios, teléfonos y clientes, enrutamiento de llamadas y cambios de configuración.
package-versatel-onsite-working-hours-description =
    Una cita presencial de al menos un día en Alemania, de lunes a viernes entre las 8:00 y las 18:00, con los gastos de viaje incluidos. Se planifica contigo con antelación.
package-versatel-onsite-outside-hours-description =
    Una cita presencial de al menos un día en Alemania fuera del horario laboral (días laborables de 18:00 a 8:00, fines de semana y festivos), con los gastos de viaje incluidos. Se planifica contigo con antelación.

meeting-kickoff = Reunión inicial
meeting-deployment = Reunión de implementación
meeting-software_training = Formación sobre software
meeting-status_review = Comprobación del estado del proyecto
meeting-status_meeting = Reunión anual de estado
meeting-consulting = Hora de consultoría
meeting-welcome_call = Llamada de bienvenida
meeting-admin_walkthrough = Recorrido para administradores
meeting-device_walkthrough = Recorrido de cliente y dispositivos
meeting-remote_setup = Configuración remota por horas
meeting-training_hardware = Formación de usuarios – dispositivo
meeting-training_client = Formación de usuarios – cliente
meeting-training_hybrid = Formación de usuarios – híbrida
meeting-training_admin = Formación de administradores
meeting-onsite_working_hours = Cita presencial en horario laboral
meeting-onsite_outside_hours = Cita presencial fuera del horario laboral

allowance-pool = Horas de formación y asesoramiento
allowance-status_reviews = Comprobaciones del estado del proyecto
allowance-status_meeting = Reunión anual de estado
allowance-welcome_call = Llamada de bienvenida
allowance-admin_walkthrough = Recorrido para administradores
allowance-device_walkthrough = Recorrido de cliente y dispositivos
allowance-change_requests = Solicitudes de cambio
allowance-support_questions = Preguntas de soporte
allowance-training_hardware = Sesiones de formación – dispositivo
allowance-training_client = Sesiones de formación – cliente
allowance-training_hybrid = Sesiones de formación – híbrida
allowance-training_admin = Sesiones de formación de administradores
allowance-onsite_working_hours = Días presenciales en horario laboral
allowance-onsite_outside_hours = Días presenciales fuera del horario laboral

role-account_manager = gestor de cuentas
role-customer_success_manager = gestor de Customer Success
role-support_team = contacto de soporte
role-consultant = consultor

channel-chat = chat
channel-email = correo electrónico
channel-phone = teléfono
